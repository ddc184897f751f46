package dev.gilajabi.hello;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** JDK에 들어 있는 HTTP 서버만 쓰는 작은 웹 앱입니다. 외부 라이브러리가 없습니다. */
public final class App {
    private App() {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/", App::handleRoot);
        server.createContext("/healthz", exchange -> send(exchange, 200, "application/json", "{\"status\":\"ok\"}"));
        server.start();
        System.out.println("java-app listening on port " + port);

        // docker stop이 보내는 SIGTERM을 받으면 JVM이 이 훅을 실행합니다.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("shutting down");
            server.stop(1);
        }));
    }

    private static void handleRoot(HttpExchange exchange) throws IOException {
        String name = null;
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("name=")) {
                    name = URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
                }
            }
        }
        String body = "<!doctype html><html lang=\"ko\"><meta charset=\"utf-8\"><title>java-app</title><h1>"
                + Greeting.of(name) + "</h1><p>Java " + Runtime.version() + "</p></html>";
        send(exchange, 200, "text/html; charset=utf-8", body);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
