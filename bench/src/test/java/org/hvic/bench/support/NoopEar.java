package org.hvic.bench.support;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.hvic.bench.noop.NoopConnectors;
import org.hvic.bench.noop.NoopRemoteExecutor;
import org.hvic.connector.ConnectorException;
import org.hvic.connector.HostConnector;
import org.hvic.connector.HostEndpoint;
import org.hvic.connector.IntegrationServiceState;
import org.hvic.connector.IntegrationServiceType;

/**
 * The variant of the EAR for the queue benchmark's no-op run: a copy of {@code hvic.ear} whose EJB module
 * ({@code hvic-ejb.jar}, nested in the EAR) also holds the compiled classes of {@code org.hvic.bench.noop}, so that
 * they see the connector classes and CDI discovers {@link NoopConnectors} (the module's beans.xml is
 * bean-discovery-mode="annotated"; the class is {@code @ApplicationScoped}). Written with the JDK's zip file system.
 */
public final class NoopEar {

    public static final String EJB_MODULE = "hvic-ejb.jar";

    private NoopEar() {
    }

    /** Copies {@code ear} to {@code target} with the no-op classes added to its EJB module; returns target. */
    public static Path build(Path ear, Path target) throws IOException {
        selfCheck();
        Path classes = noopClasses();
        List<Path> added = new ArrayList<>();
        try (Stream<Path> files = Files.list(classes)) {
            files.filter(p -> p.getFileName().toString().endsWith(".class")).sorted().forEach(added::add);
        }
        if (added.isEmpty()) {
            throw new IllegalStateException("no compiled classes in " + classes);
        }
        Files.copy(ear, target, StandardCopyOption.REPLACE_EXISTING);
        Path ejbJar = target.resolveSibling(target.getFileName() + "." + EJB_MODULE);
        try (FileSystem earFs = FileSystems.newFileSystem(target)) {
            Path nested = earFs.getPath("/" + EJB_MODULE);
            if (!Files.isRegularFile(nested)) {
                throw new IllegalStateException(ear + " has no " + EJB_MODULE);
            }
            Files.copy(nested, ejbJar, StandardCopyOption.REPLACE_EXISTING);
            try (FileSystem jarFs = FileSystems.newFileSystem(ejbJar, Map.of())) {
                if (!Files.isRegularFile(jarFs.getPath("/org/hvic/connector/HostConnector.class"))) {
                    throw new IllegalStateException(EJB_MODULE + " in " + ear + " has no org.hvic.connector classes");
                }
                Path dir = jarFs.getPath("/" + NoopConnectors.class.getPackageName().replace('.', '/'));
                Files.createDirectories(dir);
                for (Path c : added) {
                    Files.copy(c, dir.resolve(c.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.copy(ejbJar, nested, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(ejbJar);
        }
        Stack.log("built " + target + ": " + ear.getFileName() + " with " + added.stream().map(p -> p.getFileName()
                .toString()).toList() + " added to " + EJB_MODULE);
        return target;
    }

    /** The folder of the compiled org.hvic.bench.noop classes (bench/target/test-classes/org/hvic/bench/noop). */
    private static Path noopClasses() throws IOException {
        try {
            Path root = Path.of(NoopConnectors.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = root.resolve(NoopConnectors.class.getPackageName().replace('.', '/'));
            if (!Files.isDirectory(dir)) {
                throw new IOException("the no-op classes are not in a folder: " + root);
            }
            return dir;
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    /**
     * Runs the application's own HostConnector (HostScripts builds the command, HostOutputParser reads the answer)
     * on the no-op executor, both ways, before a server is started with it.
     */
    static void selfCheck() {
        HostConnector connector = new HostConnector(new NoopRemoteExecutor());
        HostEndpoint host = new HostEndpoint("192.0.2.1", 22, "hvadmin", "unused", null);
        UUID vm = UUID.randomUUID();
        for (IntegrationServiceType type : IntegrationServiceType.values()) {
            for (boolean enable : new boolean[] {true, false}) {
                List<IntegrationServiceState> after;
                try {
                    after = connector.setIntegrationService(host, vm, type, enable);
                } catch (ConnectorException e) {
                    throw new IllegalStateException("the no-op executor's answer was not accepted: " + e.getMessage(), e);
                }
                if (after.size() != 1 || after.get(0).type() != type || after.get(0).enabled() != enable) {
                    throw new IllegalStateException("the no-op executor read back " + after + " for " + type + " "
                            + (enable ? "enabled" : "disabled") + " on " + vm);
                }
            }
        }
    }
}
