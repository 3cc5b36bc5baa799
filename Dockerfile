# newspaper-ingest: scanned newspaper issues in, METS/ALTO archive packages out.
#
#   docker build -t newspaper-ingest .
#   docker run --rm --user "$(id -u):$(id -g)" \
#       -v "$PWD/samples:/scans:ro" -v "$PWD/out:/out" newspaper-ingest ingest /scans --out /out
#
# The base is plain Debian bookworm (debian:bookworm-slim by default). Where no registry is reachable, any
# bookworm root file system imported under another name serves, e.g. with podman:
#   debootstrap --variant=minbase bookworm /tmp/bookworm-root http://deb.debian.org/debian
#   tar -C /tmp/bookworm-root -c . | podman import - localhost/debian:bookworm
#   podman build --build-arg BASE_IMAGE=localhost/debian:bookworm -t newspaper-ingest .
# Where Maven Central is reached only through the host's own setup, build offline from the host's Maven
# repository, mounted as a throw-away overlay:
#   podman build --build-arg BASE_IMAGE=localhost/debian:bookworm --build-arg MAVEN_FLAGS=-o \
#       -v "$HOME/.m2:/root/.m2:O" -t newspaper-ingest .
ARG BASE_IMAGE=debian:bookworm-slim

# ---- build: the shaded jar ------------------------------------------------------------------------------
FROM ${BASE_IMAGE} AS build
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openjdk-17-jdk-headless maven \
 && rm -rf /var/lib/apt/lists/*
ARG MAVEN_FLAGS=""
WORKDIR /build
# Dependencies first, in a layer of their own: a source change does not download them again.
COPY pom.xml ./
RUN mvn -B -q -Dstyle.color=never $MAVEN_FLAGS dependency:go-offline
COPY . ./
RUN mvn -B -Dstyle.color=never $MAVEN_FLAGS -Dmaven.test.skip=true package \
 && test -s target/newspaper-ingest.jar

# ---- runtime: JRE, jar, models, schemas -----------------------------------------------------------------
FROM ${BASE_IMAGE}
# The jar carries its native libraries (OpenCV, Tesseract, Leptonica with its libgomp, ONNX Runtime), built
# for glibc x86_64; they need only the C++ runtime besides glibc. The JRE brings fontconfig and a font.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        openjdk-17-jre-headless libstdc++6 libgcc-s1 libgomp1 \
 && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 --user-group --create-home --home-dir /home/ingest --shell /usr/sbin/nologin ingest \
 && chmod 1777 /home/ingest

# Models and schemas change rarely: layers before the jar's.
COPY --from=build /build/tessdata /opt/newspaper-ingest/tessdata
COPY --from=build /build/schemas /opt/newspaper-ingest/schemas
COPY --from=build /build/target/newspaper-ingest.jar /opt/newspaper-ingest/newspaper-ingest.jar

# Tesseract's OpenMP threads only slow it down beside parallel page workers. HOME is fixed (and open to
# any uid given with --user) so that the native-library caches never land in the mounted output folder.
# A UTF-8 locale lets Java print Chinese titles and open file names in Chinese (POSIX gives '?').
ENV OMP_THREAD_LIMIT=1 \
    LANG=C.UTF-8 \
    TESSDATA_PREFIX=/opt/newspaper-ingest/tessdata \
    HOME=/home/ingest

USER ingest
# No /scans or /out in the image: a forgotten -v then fails loudly instead of reading an empty folder or
# writing packages that vanish with the container.
WORKDIR /
# The heap follows the container's memory limit; JAVA_TOOL_OPTIONS overrides it.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/newspaper-ingest/newspaper-ingest.jar"]
CMD ["--help"]
