# WildFly with hvic's server configuration (the same configure.cli the build applies) and the EAR.
# Build the EAR first: ./mvnw -DskipTests package
FROM quay.io/wildfly/wildfly:39.0.1.Final-jdk17

COPY --chown=jboss:root server/src/main/wildfly/modules/ /opt/jboss/wildfly/modules/
COPY --chown=jboss:root server/target/wildfly-39.0.1.Final/modules/org/postgresql/main/postgresql.jar /opt/jboss/wildfly/modules/org/postgresql/main/postgresql.jar
COPY --chown=jboss:root server/src/main/wildfly/configure.cli /tmp/configure.cli
RUN /opt/jboss/wildfly/bin/jboss-cli.sh --file=/tmp/configure.cli \
    && rm -rf /opt/jboss/wildfly/standalone/configuration/standalone_xml_history /tmp/configure.cli

COPY --chown=jboss:root app-ear/target/hvic.ear /opt/jboss/wildfly/standalone/deployments/hvic.ear

EXPOSE 8080 9990
CMD ["/opt/jboss/wildfly/bin/standalone.sh", "-c", "standalone-full.xml", "-b", "0.0.0.0", "-bmanagement", "0.0.0.0"]
