# syntax=docker/dockerfile:1
# 도커 길잡이 as a container image: Node builds the static site, nginx serves it.
#
#   docker build -t docker-guide . && docker run --rm -p 8080:8080 docker-guide
#   docker run --rm -p 8080:8080 --read-only --tmpfs /tmp --cap-drop ALL docker-guide
#
# Base images are pinned to full version tags (official images, Docker Hub library).

# ---- build: npm ci, then the Docusaurus build with its post-build pipeline
#      (search index, then the Content-Security-Policy hashes in build/nginx-csp.conf)
FROM node:22.23.2-bookworm-slim AS build
WORKDIR /app
ENV CI=true \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false \
    NPM_CONFIG_UPDATE_NOTIFIER=false
# Dependencies first, so a change to the content does not reinstall them.
# --ignore-scripts: the build needs no install scripts (npm 11 skips them too).
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --ignore-scripts
COPY . .
# Where the site will be reached. BASE_URL other than / suits a reverse proxy that strips
# that path prefix before the request reaches this container.
ARG SITE_URL=http://localhost:8080
ARG BASE_URL=/
ENV SITE_URL=${SITE_URL} \
    BASE_URL=${BASE_URL}
RUN npm run build \
 && mv build/nginx-csp.conf /app/nginx-csp.conf

# ---- serve: nginx, non-root, port 8080, read-only root file system friendly
FROM nginx:1.30.4-alpine AS site
# Our nginx.conf replaces the image's: no default server, writes only under /tmp.
RUN rm -rf /etc/nginx/conf.d/default.conf /usr/share/nginx/html/*
COPY deploy/nginx.conf deploy/security-headers.conf /etc/nginx/
COPY --from=build /app/nginx-csp.conf /etc/nginx/nginx-csp.conf
COPY --from=build /app/build/ /usr/share/nginx/html/
# The image's nginx user (uid/gid 101). A numeric user lets Kubernetes verify runAsNonRoot.
USER 101:101
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["wget", "-q", "--spider", "http://127.0.0.1:8080/"]
STOPSIGNAL SIGQUIT
CMD ["nginx", "-g", "daemon off;"]
