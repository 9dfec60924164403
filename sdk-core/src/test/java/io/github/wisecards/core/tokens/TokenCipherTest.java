package io.github.wisecards.core.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.core.errors.TokenStoreException;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class TokenCipherTest {
    private final TokenCipher cipher = new TokenCipher(new SecretKeySpec(new byte[32], "AES"));

    @Test
    void aSealedTokenOpensToItselfForItsUserAndColumnOnly() {
        String sealed = cipher.encrypt("alice", "access_token", "access-token-a1");

        assertThat(sealed).doesNotContain("access-token-a1");
        assertThat(cipher.decrypt("alice", "access_token", sealed)).isEqualTo("access-token-a1");
        assertThatThrownBy(() -> cipher.decrypt("bob", "access_token", sealed)).isInstanceOf(TokenStoreException.class);
        assertThatThrownBy(() -> cipher.decrypt("alice", "refresh_token", sealed))
                .isInstanceOf(TokenStoreException.class);
    }

    @Test
    void theSameTokenIsSealedDifferentlyEachTime() {
        assertThat(cipher.encrypt("alice", "access_token", "access-token-a1"))
                .isNotEqualTo(cipher.encrypt("alice", "access_token", "access-token-a1"));
    }

    @Test
    void anEmptyTokenIsSealedAsAnIvAndATagAlone() {
        String sealed = cipher.encrypt("alice", "access_token", "");

        assertThat(Base64.getDecoder().decode(sealed.substring(TokenCipher.PREFIX.length())))
                .hasSize(28);
        assertThat(cipher.decrypt("alice", "access_token", sealed)).isEmpty();
    }

    @Test
    void nullStaysNull() {
        assertThat(cipher.encrypt("alice", "access_token", null)).isNull();
        assertThat(cipher.decrypt("alice", "access_token", null)).isNull();
    }

    @Test
    void aStoredValueShorterThanAnIvAndATagIsRefusedTypedNotWithAProviderException() {
        for (int bytes : new int[] {0, 5, 12, 13, 27}) {
            String stored = TokenCipher.PREFIX + Base64.getEncoder().encodeToString(new byte[bytes]);
            assertThatThrownBy(() -> cipher.decrypt("alice", "access_token", stored))
                    .as("%d bytes", bytes)
                    .isInstanceOf(TokenStoreException.class)
                    .hasMessageContaining("cannot decrypt the stored access_token of user alice");
        }
    }

    @Test
    void theCipherShowsNoKey() {
        assertThat(cipher.toString()).isEqualTo("TokenCipher(AES-GCM, key=[REDACTED])");
    }
}
