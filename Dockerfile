# newspaper-ingest: scanned newspaper issues in, METS/ALTO archive packages out.
#
# Two ways to build the image from a checkout (README, "Docker"; docs/container-check.sh runs both checks):
#
#   online: Maven inside the build fetches the dependencies from Maven Central and builds the jar
#       docker build -t newspaper-ingest .
#   offline: the jar is the one built on the host; the build fetches nothing from Maven Central
#       mvn -B package -DskipTests                  # or any bin/newspaper-ingest command: target/newspaper-ingest.jar
#       docker build --build-arg JAR_FROM=host -t newspaper-ingest .
#
# Both need Debian's package mirror for the JDK (jlink) and fontconfig. The base is Debian bookworm
# (debian:bookworm-slim by default); where no registry is reachable, a bookworm root file system made
# locally serves, e.g. with podman (as root):
#   debootstrap --variant=minbase bookworm /tmp/rootfs http://deb.debian.org/debian
#   rm -rf /tmp/rootfs/var/cache/apt/archives/*.deb /tmp/rootfs/var/cache/apt/*.bin /tmp/rootfs/var/lib/apt/lists/*
#   tar -C /tmp/rootfs -c . | podman import - localhost/debian:bookworm
#   podman build --build-arg BASE_IMAGE=localhost/debian:bookworm --build-arg JAR_FROM=host -t newspaper-ingest .
#
# Run it with the scans read-only and an output folder owned by the calling user:
#   docker run --rm --user "$(id -u):$(id -g)" \
#       -v "$PWD/samples:/scans:ro" -v "$PWD/out:/out" newspaper-ingest ingest /scans --out /out
ARG BASE_IMAGE=debian:bookworm-slim
# build: Maven builds the jar in the image (online); host: target/newspaper-ingest.jar from the build context
ARG JAR_FROM=build

# ---- a JDK (Debian's carries the jmods jlink needs): jlink for the runtime, javac for the online build ---
FROM ${BASE_IMAGE} AS jdk
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openjdk-17-jdk-headless \
 && apt-get clean && rm -rf /var/lib/apt/lists/* /var/cache/apt/*

# ---- the jar: built here by Maven (online; its own output shows, so a failure names its real cause: TLS, a
# proxy, a missing artifact), or the one the host built (offline). One stage for both, chosen in the RUN:
# some builders (buildah) cannot pick a stage by a build argument. --------------------------------------------
FROM jdk AS jar
ARG JAR_FROM
WORKDIR /build
COPY pom.xml ./
COPY schemas schemas
COPY src/main src/main
# The host's jar where the context has one (the pattern then matches it; pom.xml keeps the COPY valid when not).
COPY pom.xml target/newspaper-ingest.ja[r] target/
RUN if [ "$JAR_FROM" = host ]; then \
        test -s target/newspaper-ingest.jar \
        || { echo "JAR_FROM=host: no target/newspaper-ingest.jar in the build context; build it on the host first (mvn -B package -DskipTests)" >&2; exit 1; }; \
    elif [ "$JAR_FROM" = build ]; then \
        rm -f target/newspaper-ingest.jar \
        && apt-get update \
        && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends maven \
        && apt-get clean && rm -rf /var/lib/apt/lists/* /var/cache/apt/* \
        && mvn -B -ntp -Dstyle.color=never -Dmaven.test.skip=true package \
        && test -s target/newspaper-ingest.jar; \
    else \
        echo "JAR_FROM must be build (Maven in the image) or host (the jar built on the host), not '$JAR_FROM'" >&2; exit 1; \
    fi

# ---- a JRE of the modules the tool uses (jdeps over the jar's dependencies), without debug data ------------
FROM jdk AS jre
RUN jlink --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.sql,java.xml,jdk.charsets,jdk.localedata,jdk.unsupported,jdk.xml.dom,jdk.zipfs \
        --include-locales=en,zh --strip-java-debug-attributes --no-man-pages --no-header-files --compress=2 --output /opt/java

# ---- runtime: JRE, jar, Tesseract models -------------------------------------------------------------------
FROM ${BASE_IMAGE}
ARG VERSION=0.1.0
ARG REVISION=unknown
# The project states no licence and no public address yet: NOASSERTION (SPDX) until it does.
ARG LICENSES=NOASSERTION
ARG SOURCE=NOASSERTION
LABEL org.opencontainers.image.title="newspaper-ingest" \
      org.opencontainers.image.description="Scanned newspaper issues in, METS/ALTO archive packages out." \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.source="${SOURCE}" \
      org.opencontainers.image.licenses="${LICENSES}"
# The jar carries its native libraries (OpenCV, Tesseract and Leptonica with their libgomp, ONNX Runtime),
# built for glibc x86_64; besides glibc they need only the C++ runtime, which the base has. Debian's JDK
# links its image libraries against the system's (JPEG, colour management, HarfBuzz), and Java's text
# drawing (layout overlays of --debug) needs fontconfig and a font.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        libjpeg62-turbo liblcms2-2 libharfbuzz0b fontconfig fonts-dejavu-core \
 && apt-get clean && rm -rf /var/lib/apt/lists/* /var/cache/apt/*
# One fixed user and group, 10001:10001. HOME is open to any uid given with --user, so that the native
# libraries' caches never land in the mounted output folder.
RUN groupadd --gid 10001 ingest \
 && useradd --uid 10001 --gid 10001 --no-log-init --create-home --home-dir /home/ingest --shell /usr/sbin/nologin ingest \
 && chmod 1777 /home/ingest

COPY --from=jre /opt/java /opt/java
# Models change rarely: a layer before the jar's.
COPY tessdata /opt/newspaper-ingest/tessdata
COPY --from=jar /build/target/newspaper-ingest.jar /opt/newspaper-ingest/newspaper-ingest.jar

# Tesseract's OpenMP threads only slow it down beside parallel page workers. A UTF-8 locale lets Java print
# Chinese titles and open file names in Chinese (POSIX gives '?').
ENV PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    OMP_THREAD_LIMIT=1 \
    LANG=C.UTF-8 \
    TESSDATA_PREFIX=/opt/newspaper-ingest/tessdata \
    HOME=/home/ingest

USER 10001:10001
# No /scans or /out in the image: a forgotten -v then fails loudly instead of reading an empty folder or
# writing packages that vanish with the container.
WORKDIR /
# The heap follows the container's memory limit; JAVA_TOOL_OPTIONS overrides it.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-Djava.awt.headless=true", "-jar", "/opt/newspaper-ingest/newspaper-ingest.jar"]
CMD ["--help"]
