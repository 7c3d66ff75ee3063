package io.fiscaltrail.deploy.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fiscaltrail.access.account.DemoAccounts;
import io.fiscaltrail.access.account.DemoAccounts.DemoAccount;
import io.fiscaltrail.deploy.FiscalTrailApplication;
import io.fiscaltrail.deploy.TestAccounts;
import io.fiscaltrail.deploy.embedded.WireServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Who may do what, over HTTP on the all-in-one application and a real wire server: every role
 * against reads and writes of its own department, another department and cross-department routes;
 * anonymous callers; the body of an import; CSRF on browser sessions; the security headers; the
 * web pages. Refusals are problems (pages: the 403 page) and store nothing.
 */
@SpringBootTest(
    classes = FiscalTrailApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = TestAccounts.DEMO_ACCOUNTS)
class AccessRulesTest {

  private static final WireServer MONGO = new WireServer();
  private static final String OWN = "/api/departments/beita-union/years/2022";
  private static final String OTHER = "/api/departments/other-unit/years/2022";
  private static final String APPROPRIATION = """
      {"kind":"INITIAL","amount":"10.00","effectiveDate":"2022-03-01","document":"d"}""";
  private static final ObjectMapper JSON = new ObjectMapper();

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry properties) {
    properties.add("spring.data.mongodb.uri", () -> MONGO.uri("access"));
  }

  @AfterAll
  static void stopStore() {
    MONGO.close();
  }

  @LocalServerPort private int port;
  @Autowired private MongoTemplate store;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void twoDepartmentsWithABudget() throws Exception {
    for (String code : List.of("beita-union", "other-unit")) {
      send("POST", "/api/departments", DemoAccounts.ADMIN, """
          {"code":"%s","name":"单位","authorizedHeadcount":1,"actualHeadcount":1,"divisions":0}""".formatted(code));
      send("POST", "/api/departments/" + code + "/years/2022/appropriations", DemoAccounts.ADMIN, APPROPRIATION);
    }
    // the read side catches up asynchronously; a read refused or allowed must not be a 404 of a year not projected yet
    for (String code : List.of("beita-union", "other-unit")) {
      await().atMost(Duration.ofSeconds(30)).until(() ->
          send("GET", "/api/departments/" + code + "/years/2022/budget", DemoAccounts.ADMIN, null).statusCode() == 200);
    }
  }

  @ParameterizedTest(name = "{0} {1} as {2}: {3}")
  @CsvSource({
    // a department's reads: its recorder, auditors and admins
    "GET, " + OWN + "/budget, anonymous, 401",
    "GET, " + OWN + "/budget, recorder, 200",
    "GET, " + OWN + "/budget, auditor, 200",
    "GET, " + OWN + "/budget, admin, 200",
    "GET, " + OTHER + "/budget, recorder, 403",
    "GET, " + OTHER + "/findings, recorder, 403",
    "GET, /api/departments/other-unit, recorder, 403",
    "GET, /api/departments/beita-union, recorder, 200",
    // across departments: not a recorder's
    "GET, /api/departments, recorder, 403",
    "GET, /api/departments, auditor, 200",
    "GET, /api/supplementary-allocations?year=2022, recorder, 403",
    "GET, /api/supplementary-allocations?year=2022, auditor, 200",
    "GET, /api/departments, anonymous, 401",
    // the operator's routes
    "GET, /api/admin/projections, auditor, 403",
    "GET, /api/admin/projections, recorder, 403",
    "GET, /api/admin/projections, admin, 200",
    "GET, /api/admin/accounts, auditor, 403",
    "GET, /api/admin/accounts, anonymous, 401",
    // probes need no account
    "GET, /actuator/health, anonymous, 200",
  })
  void answersReadsByRoleAndDepartment(String method, String path, String who, int status) throws Exception {
    HttpResponse<String> response = send(method, path, account(who), null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    if (status >= 400) {
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
    }
    if (status == 401) {
      assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"FiscalTrail\"");
    }
  }

  @ParameterizedTest(name = "page {0} as {1}: {2}")
  @CsvSource({
    // a department's pages: its recorder, auditors and admins
    "/departments/beita-union/years/2022, recorder, 200",
    "/departments/beita-union/years/2022/timeline, auditor, 200",
    "/departments/other-unit/years/2022, recorder, 403",
    "/departments/other-unit/years/2022/report, recorder, 403",
    // the pages across departments: not a recorder's
    "/departments, recorder, 403",
    "/departments, auditor, 200",
    "/supplementary-allocations, recorder, 403",
    "/supplementary-allocations, admin, 200",
    // importing: recorders and admins; the projections: admins
    "/import, auditor, 403",
    "/import, recorder, 200",
    "/import, admin, 200",
    "/admin/projections, auditor, 403",
    "/admin/projections, recorder, 403",
    "/admin/projections, admin, 200",
    // no account: the login page; its stylesheet and the pages' scripts need none
    "/departments, anonymous, 302",
    "/css/pages.css, anonymous, 200",
    "/webjars/echarts/dist/echarts.min.js, anonymous, 200",
  })
  void answersPagesByRoleAndDepartment(String path, String who, int status) throws Exception {
    HttpRequest.Builder page = request(path).header("Accept", "text/html");
    if (account(who) != null) {
      page.header("Authorization", TestAccounts.authorization(account(who)));
    }
    HttpResponse<String> response = http.send(page.GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    if (status == 403) {
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("text/html"));
      assertThat(response.body()).contains("id=\"refused-path\">" + path + "<");
    }
    if (status == 302) {
      assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
  }

  @ParameterizedTest(name = "POST {0} as {1}: {2}")
  @CsvSource({
    OWN + "/appropriations, anonymous, 401",
    OWN + "/appropriations, auditor, 403",
    OWN + "/appropriations, recorder, 201",
    OWN + "/appropriations, admin, 201",
    OTHER + "/appropriations, recorder, 403",
  })
  void answersFinancialWritesByRoleAndDepartment(String path, String who, int status) throws Exception {
    long before = storedEvents();
    HttpResponse<String> response = send("POST", path, account(who), APPROPRIATION);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(storedEvents()).isEqualTo(status == 201 ? before + 1 : before);
  }

  @Test
  void cannotRegisterADepartmentExceptAsAdmin() throws Exception {
    long before = storedEvents();
    for (DemoAccount who : List.of(DemoAccounts.RECORDER, DemoAccounts.AUDITOR)) {
      HttpResponse<String> response = send("POST", "/api/departments", who, """
          {"code":"new-unit","name":"新","authorizedHeadcount":1,"actualHeadcount":1,"divisions":0}""");
      assertThat(response.statusCode()).isEqualTo(403);
    }
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void refusesARecordersReadOfAnotherDepartmentNamingIt() throws Exception {
    JsonNode problem = JSON.readTree(send("GET", OTHER + "/budget", DemoAccounts.RECORDER, null).body());
    assertThat(problem.get("status").asInt()).isEqualTo(403);
    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("department");
    assertThat(problem.at("/errors/0/reason").asText()).contains("other-unit");
  }

  @Test
  void canImportOnlyTheRecordersOwnDepartments() throws Exception {
    String own = expenditure("beita-union", "V-1");
    String other = expenditure("other-unit", "V-2");
    long before = storedEvents();

    HttpResponse<String> mixed = importing(DemoAccounts.RECORDER, own + other);
    assertThat(mixed.statusCode()).as(mixed.body()).isEqualTo(403);
    assertThat(JSON.readTree(mixed.body()).at("/errors/0/reason").asText()).contains("other-unit");
    assertThat(storedEvents()).isEqualTo(before);

    String registration = """
        {"type":"department","source":"t","department":"beita-union","name":"x","authorizedHeadcount":1,"actualHeadcount":1,"divisions":0}
        """;
    assertThat(importing(DemoAccounts.RECORDER, registration).statusCode()).isEqualTo(403);
    assertThat(importing(DemoAccounts.AUDITOR, own).statusCode()).isEqualTo(403);
    assertThat(storedEvents()).isEqualTo(before);

    HttpResponse<String> accepted = importing(DemoAccounts.RECORDER, own);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
    assertThat(storedEvents()).isEqualTo(before + 1);
  }

  @Test
  void refusesWrongCredentials() throws Exception {
    HttpResponse<String> response = send("GET", OWN + "/budget",
        new DemoAccount("admin", "not-the-password", java.util.Set.of(), java.util.Set.of()), null);
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(JSON.readTree(response.body()).at("/errors/0/reason").asText()).contains("not accepted");
  }

  @Test
  void sendsTheSecurityHeadersOnEveryAnswer() throws Exception {
    for (HttpResponse<String> response : List.of(
        send("GET", "/actuator/health", null, null),
        send("GET", OWN + "/budget", null, null),
        send("GET", OWN + "/budget", DemoAccounts.AUDITOR, null),
        send("GET", "/login", null, null))) {
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "script-src 'self'", "style-src 'self'"));
      assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
      assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }
  }

  @Test
  void sendsAnAnonymousBrowserToTheLoginPage() throws Exception {
    HttpResponse<String> page = send("GET", "/", null, null);
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    HttpResponse<String> login = send("GET", "/login", null, null);
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("<label for=\"username\"", "<label for=\"password\"", "name=\"_csrf\"");
  }

  @Test
  void refusesASessionsWriteWithoutItsCsrfToken() throws Exception {
    // sign in with the form, as a browser does
    HttpResponse<String> loginPage = send("GET", "/login", null, null);
    String cookie = sessionCookie(loginPage);
    HttpResponse<String> withoutToken = form("/login", cookie, "username=recorder&password=recorder-demo");
    assertThat(withoutToken.statusCode()).as("login form without its token").isEqualTo(403);
    HttpResponse<String> signedIn = form("/login", cookie,
        "username=recorder&password=recorder-demo&_csrf=" + URLEncoder.encode(csrfToken(loginPage.body()), StandardCharsets.UTF_8));
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    String session = sessionCookie(signedIn);

    assertThat(http.send(request(OWN + "/budget").header("Cookie", session).GET().build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).as("the session reads").isEqualTo(200);
    long before = storedEvents();
    HttpResponse<String> forged = http.send(request(OWN + "/appropriations")
        .header("Cookie", session).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(APPROPRIATION)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(JSON.readTree(forged.body()).at("/errors/0/field").asText()).isEqualTo("_csrf");
    // cached Basic credentials sent by a browser for another site's page: that page's Origin comes along
    HttpResponse<String> crossSite = http.send(request(OWN + "/appropriations")
        .header("Authorization", TestAccounts.authorization(DemoAccounts.RECORDER))
        .header("Origin", "https://elsewhere.example").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(APPROPRIATION)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertThat(storedEvents()).isEqualTo(before);
  }

  private HttpResponse<String> importing(DemoAccount who, String ndjson) throws IOException, InterruptedException {
    return http.send(request("/api/import")
        .header("Authorization", TestAccounts.authorization(who))
        .header("Content-Type", "application/x-ndjson")
        .POST(HttpRequest.BodyPublishers.ofString(ndjson)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String expenditure(String department, String voucher) {
    return """
        {"type":"expenditure","source":"t","department":"%s","year":2022,"voucher":"%s","amount":"1.00","effectiveDate":"2022-04-01","line":"BASIC_PUBLIC","functionalClass":"2012999","economicClass":"30399","payee":"p","description":"d"}
        """.formatted(department, voucher);
  }

  private HttpResponse<String> form(String path, String cookie, String body) throws IOException, InterruptedException {
    return http.send(request(path).header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String sessionCookie(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
  }

  private static String csrfToken(String page) {
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(token.find()).as(page).isTrue();
    return token.group(1);
  }

  private HttpResponse<String> send(String method, String path, DemoAccount who, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = request(path);
    if (who != null) {
      request.header("Authorization", TestAccounts.authorization(who));
    }
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return http.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
  }

  private static DemoAccount account(String who) {
    return switch (who) {
      case "anonymous" -> null;
      case "recorder" -> DemoAccounts.RECORDER;
      case "auditor" -> DemoAccounts.AUDITOR;
      case "admin" -> DemoAccounts.ADMIN;
      default -> throw new IllegalArgumentException(who);
    };
  }

  private long storedEvents() {
    return store.eventCollection().countDocuments();
  }
}
