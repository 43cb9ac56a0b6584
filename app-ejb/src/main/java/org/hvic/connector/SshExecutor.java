package org.hvic.connector;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.cipher.BuiltinCiphers;
import org.apache.sshd.common.cipher.Cipher;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;

/**
 * Runs one command per SSH session on a machine, with password authentication and a pinned host key. One
 * {@link SshClient} is shared by all calls and started once; close the executor to stop it.
 */
public final class SshExecutor implements RemoteExecutor, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SshExecutor.class.getName());
    private static final String PROBE_USER = "hvic-host-key-probe";

    /**
     * Ciphers in order of preference: AES-GCM first, which the JVM runs on the processor's AES instructions (a refresh
     * reads tens of kilobytes, several times faster than ChaCha20-Poly1305 in Java); Windows OpenSSH offers both.
     */
    static final List<NamedFactory<Cipher>> CIPHERS = Stream.of(BuiltinCiphers.aes128gcm,
                    BuiltinCiphers.aes256gcm, BuiltinCiphers.cc20p1305_openssh, BuiltinCiphers.aes128ctr,
                    BuiltinCiphers.aes192ctr, BuiltinCiphers.aes256ctr)
            .filter(BuiltinCiphers::isSupported).<NamedFactory<Cipher>>map(c -> c).toList();

    private final SshClient client;
    private final Duration connectTimeout;
    private final Duration commandTimeout;

    public SshExecutor(Duration connectTimeout, Duration commandTimeout) {
        this.connectTimeout = connectTimeout;
        this.commandTimeout = commandTimeout;
        this.client = SshClient.setUpDefaultClient();
        client.setCipherFactories(CIPHERS);
        client.setServerKeyVerifier(new PinnedHostKeys());
        client.setUserAuthFactories(List.of(UserAuthPasswordFactory.INSTANCE));
        client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
        client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
        client.start();
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration commandTimeout() {
        return commandTimeout;
    }

    @Override
    public ExecResult execute(SshTarget target, String command) throws ConnectorException {
        String where = describe(target);
        PinnedHostKeys.Check check = new PinnedHostKeys.Check(target.approvedHostKeyFingerprint());
        ClientSession session = null;
        try {
            session = connect(target.username(), target.address(), target.port(), check);
            session.addPasswordIdentity(target.password() == null ? "" : target.password());
            authenticate(session, check, where);
            return run(session, command, where);
        } catch (IOException e) {
            throw classify(e, check, where);
        } finally {
            closeNow(session);
        }
    }

    /** Only the key exchange runs; no credentials are sent. */
    @Override
    public PresentedHostKey presentedHostKey(String address, int port) throws ConnectorException {
        String where = address + ":" + port;
        PinnedHostKeys.Check check = new PinnedHostKeys.Check(null);
        ClientSession session = null;
        try {
            session = connect(PROBE_USER, address, port, check);
            session.auth().verify(connectTimeout);
        } catch (IOException e) {
            if (check.presented() == null) {
                throw classify(e, check, where);
            }
        } finally {
            closeNow(session);
        }
        PresentedHostKey presented = check.presented();
        if (presented == null) {
            throw new ConnectorException(ConnectorException.Kind.UNREACHABLE, where, "no host key was presented");
        }
        return presented;
    }

    private ClientSession connect(String user, String address, int port, PinnedHostKeys.Check check) throws IOException {
        return client.connect(user, new InetSocketAddress(address, port), check.asContext(), null)
                .verify(connectTimeout)
                .getSession();
    }

    private void authenticate(ClientSession session, PinnedHostKeys.Check check, String where) throws IOException,
            ConnectorException {
        try {
            session.auth().verify(connectTimeout);
        } catch (IOException e) {
            if (check.refused()) {
                throw check.failure(where);
            }
            if (isTimeout(e)) {
                throw new ConnectorException(ConnectorException.Kind.TIMEOUT, where,
                        "SSH handshake with " + where + " did not finish within " + connectTimeout, e);
            }
            if (session.isOpen() || String.valueOf(e.getMessage()).contains("authentication")) {
                throw new ConnectorException(ConnectorException.Kind.AUTHENTICATION, where,
                        "SSH authentication failed for " + where, e);
            }
            throw e;
        }
    }

    private ExecResult run(ClientSession session, String command, String where) throws IOException, ConnectorException {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        ChannelExec channel = session.createExecChannel(command);
        try {
            channel.setOut(stdout);
            channel.setErr(stderr);
            channel.open().verify(connectTimeout);
            Set<ClientChannelEvent> events = channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), commandTimeout);
            if (events.contains(ClientChannelEvent.TIMEOUT)) {
                throw new ConnectorException(ConnectorException.Kind.TIMEOUT, where,
                        "The command on " + where + " did not finish within " + commandTimeout);
            }
            Integer exitStatus = channel.getExitStatus();
            return new ExecResult(exitStatus == null ? -1 : exitStatus,
                    stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            channel.close(true);
        }
    }

    private ConnectorException classify(IOException e, PinnedHostKeys.Check check, String where) {
        if (check.refused()) {
            return check.failure(where);
        }
        LOG.log(Level.FINE, "SSH connection to " + where + " failed", e);
        if (isCause(e, ConnectException.class) || isCause(e, NoRouteToHostException.class)
                || isCause(e, UnknownHostException.class) || isTimeout(e)) {
            return new ConnectorException(ConnectorException.Kind.UNREACHABLE, where,
                    where + " is unreachable: " + rootMessage(e), e);
        }
        return new ConnectorException(ConnectorException.Kind.UNREACHABLE, where,
                "The SSH connection to " + where + " failed: " + rootMessage(e), e);
    }

    private static boolean isTimeout(IOException e) {
        return isCause(e, InterruptedIOException.class)
                || e instanceof SshException && String.valueOf(e.getMessage()).contains("within specified timeout");
    }

    private static boolean isCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** Closes without waiting for the peer: the answer is complete, or no longer wanted after a timeout. */
    private static void closeNow(ClientSession session) {
        if (session != null) {
            session.close(true);
        }
    }

    static String describe(SshTarget target) {
        return target.username() + "@" + target.address() + ":" + target.port();
    }

    @Override
    public void close() {
        try {
            client.stop();
        } finally {
            try {
                client.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "closing the SSH client failed", e);
            }
        }
    }
}
