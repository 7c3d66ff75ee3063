package io.fiscaltrail.deploy.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.fiscaltrail.deploy.FiscalTrailApplication;
import io.fiscaltrail.deploy.TestAccounts;
import io.fiscaltrail.deploy.embedded.WireServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With an identity provider's key configured, bearer tokens are accepted next to the accounts,
 * and their {@code roles} and {@code departments} claims are checked by the same rules. The
 * provider is stood in for by a key pair made here; the service knows only the public key.
 */
@SpringBootTest(
    classes = FiscalTrailApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = TestAccounts.DEMO_ACCOUNTS)
class BearerTokenTest {

  private static final WireServer MONGO = new WireServer();
  private static final KeyPair PROVIDER = keyPair();
  private static final KeyPair IMPOSTOR = keyPair();

  @DynamicPropertySource
  static void configure(DynamicPropertyRegistry properties) {
    properties.add("spring.data.mongodb.uri", () -> MONGO.uri("bearer"));
    properties.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> publicKeyFile().toUri().toString());
  }

  @AfterAll
  static void stopStore() {
    MONGO.close();
  }

  @Autowired private TestRestTemplate anonymous;

  @Test
  void grantsATokensRolesAndDepartments() {
    String recorder = token(PROVIDER, List.of("RECORDER"), List.of("token-unit"));
    assertThat(get("/api/departments/token-unit", recorder)).as("its department, not registered").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get("/api/departments/other-unit", recorder)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("/api/departments", recorder)).isEqualTo(HttpStatus.FORBIDDEN);
    String auditor = token(PROVIDER, List.of("AUDITOR"), List.of());
    assertThat(get("/api/departments", auditor)).isEqualTo(HttpStatus.OK);
    assertThat(get("/api/admin/accounts", auditor)).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void refusesATokenSignedByAnotherKey() {
    assertThat(get("/api/departments", token(IMPOSTOR, List.of("ADMIN"), List.of()))).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void stillAcceptsTheAccounts() {
    assertThat(TestAccounts.auditor(anonymous).getForEntity("/api/departments", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  private HttpStatus get(String path, String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(token);
    return HttpStatus.valueOf(anonymous.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class)
        .getStatusCode().value());
  }

  private static String token(KeyPair signer, List<String> roles, List<String> departments) {
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .subject("someone@provider.example")
        .issueTime(new Date())
        .expirationTime(Date.from(Instant.now().plusSeconds(600)))
        .claim("roles", roles)
        .claim("departments", departments)
        .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
    try {
      jwt.sign(new RSASSASigner(signer.getPrivate()));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  private static Path publicKeyFile() {
    try {
      Path file = Files.createTempFile("provider", ".pub");
      file.toFile().deleteOnExit();
      Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
          + Base64.getMimeEncoder().encodeToString(PROVIDER.getPublic().getEncoded())
          + "\n-----END PUBLIC KEY-----\n");
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static KeyPair keyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
