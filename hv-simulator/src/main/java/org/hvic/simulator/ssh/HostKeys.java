package org.hvic.simulator.ssh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionContext;

/**
 * One EC P-256 host key per simulated address, created on first use and kept in a key directory so that it stays the
 * same across restarts. Addresses with the hostKeyChanged fault get a fresh key that is never stored.
 */
public final class HostKeys implements KeyPairProvider {
    private final Path dir;
    private final Predicate<String> changed;
    private final Map<String, KeyPair> keys = new ConcurrentHashMap<>();

    public HostKeys(Path dir, Predicate<String> changed) {
        this.dir = dir;
        this.changed = changed;
    }

    @Override
    public Iterable<KeyPair> loadKeys(SessionContext session) {
        return List.of(key(localAddress(session)));
    }

    static String localAddress(SessionContext session) {
        if (session instanceof Session s) {
            SocketAddress local = s.getIoSession().getLocalAddress();
            if (local instanceof InetSocketAddress inet) {
                return inet.getAddress().getHostAddress();
            }
        }
        return "127.0.0.1";
    }

    /** The key an address presents. */
    public KeyPair key(String address) {
        return keys.computeIfAbsent(address, a -> changed.test(a) ? generate() : loadOrCreate(a));
    }

    private KeyPair loadOrCreate(String address) {
        Path file = dir.resolve(address + ".key");
        try {
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file);
                KeyFactory f = KeyFactory.getInstance("EC");
                return new KeyPair(f.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(lines.get(1)))),
                        f.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines.get(0)))));
            }
            KeyPair pair = generate();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, address, ".tmp");
            Files.write(tmp, List.of(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
                    Base64.getEncoder().encodeToString(pair.getPublic().getEncoded())));
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write host key " + file, e);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("bad host key file " + file + " (delete it to get a new key)", e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
