package org.hvic.simulator;

/** The seed article's output samples (reference shapes). */
public final class Seed {
    public static final String INTEGRATION_SERVICES = String.join("\n",
            "VMName      Name                    Enabled PrimaryStatusDescription SecondaryStatusDescription",
            "------      ----                    ------- ------------------------ --------------------------",
            "demovm      Guest Service Interface False   OK",
            "demovm      Heartbeat               True    OK                       OK",
            "demovm      Key-Value Pair Exchange True    OK",
            "demovm      Shutdown                True    OK",
            "demovm      Time Synchronization    True    OK",
            "demovm      VSS                     True    OK");
    public static final String SERVICES = String.join("\n",
            "Status   Name               DisplayName",
            "------   ----               -----------",
            "Running  vmicguestinterface Hyper-V Guest Service Interface",
            "Running  vmicheartbeat      Hyper-V Heartbeat Service",
            "Running  vmickvpexchange    Hyper-V Data Exchange Service",
            "Running  vmicrdv            Hyper-V Remote Desktop Virtualizati...",
            "Running  vmicshutdown       Hyper-V Guest Shutdown Service",
            "Running  vmictimesync       Hyper-V Time Synchronization Service",
            "Stopped  vmicvmsession      Hyper-V VM Session Service",
            "Running  vmicvss            Hyper-V Volume Shadow Copy Requestor");
    public static final String LSMOD_HV_UTILS = String.join("\n",
            "hv_utils               20480   0",
            "hv_vmbus               61440   8 hv_balloon,hyperv_keyboard,hv_netvsc,hid_hyperv,hv_utils,hyperv_fb,hv_storvsc");
    public static final String COMPGEN = String.join("\n", "hv_vss_daemon", "hv_get_dhcp_info", "hv_get_dns_info",
            "hv_set_ifconfig", "hv_kvp_daemon", "hv_fcopy_daemon");
    public static final String W10_HOST = "127.0.1.1";
    public static final String SEED_GUEST = "127.0.2.1";
    public static final String DEMOVM = "6b1f5d0e-6a5c-4d4e-9a39-1d0c4f6a8b11";
    public static final String CREDENTIAL = "$p = ConvertTo-SecureString -String 'guest-secret' -AsPlainText -Force\n"
            + "$c = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList 'Administrator',$p\n";

    private Seed() {
    }

    /** Output without CR, leading/trailing blank lines and trailing spaces (how the seed prints it). */
    public static String normalize(String text) {
        return text.replace("\r", "").lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("").strip();
    }
}
