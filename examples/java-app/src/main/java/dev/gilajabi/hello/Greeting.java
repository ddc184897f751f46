package dev.gilajabi.hello;

/** 인사말을 만드는 순수한 클래스입니다. */
public final class Greeting {
    private Greeting() {
    }

    public static String of(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 40) {
            return "안녕하세요, 손님!";
        }
        return "안녕하세요, " + name.strip() + "님!";
    }
}
