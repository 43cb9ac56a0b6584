package org.hvic.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.sshd.common.NamedResource;
import org.junit.jupiter.api.Test;

/** The client offers AES-GCM first (AES instructions in the JVM), ChaCha20-Poly1305 and AES-CTR after it. */
class SshCipherPreferenceTest {

    @Test
    void aesGcmIsPreferred() {
        assertEquals(List.of("aes128-gcm@openssh.com", "aes256-gcm@openssh.com", "chacha20-poly1305@openssh.com",
                "aes128-ctr", "aes192-ctr", "aes256-ctr"), SshExecutor.CIPHERS.stream().map(NamedResource::getName)
                .toList());
    }
}
