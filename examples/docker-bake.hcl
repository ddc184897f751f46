# docker buildx bake: 예제 이미지 두 개(node-app, static-site)를 한 번에 빌드합니다.
# examples/ 디렉터리에서 실행합니다. 예: docker buildx bake --push
# 값은 환경 변수로 바꿀 수 있습니다. 예: TAG=1.0 docker buildx bake --push

variable "REGISTRY" {
  description = "이미지를 올릴 레지스트리와 경로"
  default     = "localhost:5000"
}

variable "TAG" {
  description = "두 이미지에 붙일 태그"
  default     = "dev"
}

# 대상을 이름 없이 실행하면 default 그룹이 빌드됩니다.
group "default" {
  targets = ["node-app", "static-site"]
}

# 밑줄로 시작하는 대상은 공통 설정을 모아 두는 용도입니다 (inherits로 물려받습니다).
target "_common" {
  platforms = ["linux/amd64", "linux/arm64"]
}

target "node-app" {
  inherits    = ["_common"]
  description = "Node.js 예제 앱"
  context     = "node-app"
  tags        = ["${REGISTRY}/node-app:${TAG}"]
}

target "static-site" {
  inherits    = ["_common"]
  description = "nginx로 서비스하는 정적 사이트"
  context     = "static-site"
  tags        = ["${REGISTRY}/static-site:${TAG}"]
}
