package org.hvic.bench.noop;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hvic.connector.ConnectorException;
import org.hvic.connector.ExecResult;
import org.hvic.connector.IntegrationServiceType;
import org.hvic.connector.PresentedHostKey;
import org.hvic.connector.RemoteExecutor;
import org.hvic.connector.SshTarget;

/**
 * A {@link RemoteExecutor} that answers at once, without any network, for the queue benchmark's no-op run. It
 * understands exactly one command shape, the "enable / disable one integration service on one VM" script of
 * docs/connector-protocol.md: it decodes the {@code -EncodedCommand}, takes the VM GUID, the component GUID and
 * Enable/Disable from it, and prints the {@code ##hvic:services} section that the real {@code HostOutputParser}
 * reads, with that component of that VM in the requested state (Ok). It keeps no state (every answer is computed
 * from the command alone), so it is thread-safe. Any other command ends with exit code 1 and an error on stderr, so
 * that a refresh or guest operation reaching it fails visibly instead of pretending to succeed.
 */
public final class NoopRemoteExecutor implements RemoteExecutor {

    static final String POWERSHELL = "powershell.exe -NoProfile -NonInteractive -EncodedCommand ";
    private static final String GUID = "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}";
    /** {@code Get-VM -Id '<vm>' | Get-VMIntegrationService | Where-Object ... '*\<component>' | Enable-...}. */
    private static final Pattern SET_SERVICE = Pattern.compile("Get-VM -Id '(" + GUID + ")' \\| "
            + "Get-VMIntegrationService \\| Where-Object -Property Id -Like -Value '\\*\\\\(" + GUID + ")' \\| "
            + "(Enable|Disable)-VMIntegrationService\\s*\\n'##hvic:services'\\s*\\n");

    @Override
    public ExecResult execute(SshTarget target, String command) {
        if (command == null || !command.startsWith(POWERSHELL)) {
            return unsupported("not a PowerShell command");
        }
        String script;
        try {
            script = new String(Base64.getDecoder().decode(command.substring(POWERSHELL.length()).strip()),
                    StandardCharsets.UTF_16LE);
        } catch (IllegalArgumentException e) {
            return unsupported("the encoded command is not base64");
        }
        Matcher m = SET_SERVICE.matcher(script);
        if (!m.find()) {
            return unsupported("only Enable-/Disable-VMIntegrationService of one VM is answered");
        }
        String vmId = m.group(1).toLowerCase(Locale.ROOT);
        String component = m.group(2).toUpperCase(Locale.ROOT);
        boolean enabled = "Enable".equals(m.group(3));
        String name = IntegrationServiceType.fromGuid(component).map(IntegrationServiceType::englishName)
                .orElse(component);
        // the shape Windows PowerShell 5.1 prints (enums as numbers, the Id's backslash escaped in JSON)
        String json = "[{\"VMId\":\"" + vmId + "\",\"VMName\":\"\",\"Name\":\"" + name + "\",\"Id\":\"Microsoft:"
                + vmId.toUpperCase(Locale.ROOT) + "\\\\" + component + "\",\"Enabled\":" + enabled
                + ",\"OperationalStatus\":[2],\"PrimaryStatusDescription\":\"OK\",\"SecondaryStatusDescription\":\"\"}]";
        return new ExecResult(0, "##hvic:services\r\n" + json + "\r\n", "");
    }

    @Override
    public PresentedHostKey presentedHostKey(String address, int port) throws ConnectorException {
        throw new ConnectorException(ConnectorException.Kind.UNREACHABLE, address + ":" + port,
                "the benchmark's no-op executor has no host keys");
    }

    private static ExecResult unsupported(String why) {
        return new ExecResult(1, "", "NoopRemoteExecutor : " + why + " (benchmark no-op connector, no host is called)");
    }
}
