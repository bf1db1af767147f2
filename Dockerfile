# One image for every Newsflow service: `docker run newsflow ingest|enrich|sink|topics ...`.
# Build stage: the Maven wrapper and a JDK; only the launcher and its runtime dependencies reach the final image.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY contract/pom.xml contract/
COPY local-broker/pom.xml local-broker/
COPY local-postgres/pom.xml local-postgres/
COPY test-support/pom.xml test-support/
COPY tagger/pom.xml tagger/
COPY ingest/pom.xml ingest/
COPY enrich/pom.xml enrich/
COPY sink/pom.xml sink/
COPY observability/pom.xml observability/
COPY benchmarks/pom.xml benchmarks/
COPY launcher/pom.xml launcher/
RUN ./mvnw -q -B dependency:go-offline -DexcludeGroupIds=io.newsflow || true
COPY . .
RUN ./mvnw -q -B -DskipTests package

FROM eclipse-temurin:17-jre
RUN groupadd --system newsflow && useradd --system --gid newsflow --home-dir /app newsflow \
    && mkdir -p /data/inbox /data/outbox /data/state && chown -R newsflow:newsflow /data
WORKDIR /app
COPY --from=build /src/launcher/target/newsflow.jar /app/newsflow.jar
COPY --from=build /src/launcher/target/lib/ /app/lib/
USER newsflow
# container-aware heap: the JVM sizes itself from the container's memory limit
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
# alive = GET /health/live answers 200 on NEWSFLOW_HTTP_PORT (compose sets it per service: ingest 8081, enrich 8082,
# sink 8083); bash's /dev/tcp, since the JRE image has no curl
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 CMD ["bash", "-c", \
    "exec 3<>/dev/tcp/127.0.0.1/${NEWSFLOW_HTTP_PORT:-8082} && printf 'GET /health/live HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "-cp", "/app/newsflow.jar:/app/lib/*", "io.newsflow.launcher.Newsflow"]
CMD ["--help"]
