package io.fiscaltrail.benchmark;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import io.fiscaltrail.deploy.FiscalTrailApplication;
import io.fiscaltrail.kernel.asset.AcquireFixedAsset;
import io.fiscaltrail.kernel.asset.AssetRegisterId;
import io.fiscaltrail.kernel.asset.ChangeFixedAssetUse;
import io.fiscaltrail.kernel.asset.DepreciateFixedAsset;
import io.fiscaltrail.kernel.budget.AppropriationKind;
import io.fiscaltrail.kernel.budget.BudgetLine;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.ExpenditureClassification;
import io.fiscaltrail.kernel.budget.RecordAppropriation;
import io.fiscaltrail.kernel.budget.RecordExpenditure;
import io.fiscaltrail.kernel.budget.ReverseExpenditure;
import io.fiscaltrail.kernel.budget.ThreePublicCategory;
import io.fiscaltrail.kernel.department.DepartmentCode;
import io.fiscaltrail.kernel.department.RegisterDepartment;
import io.fiscaltrail.kernel.money.Money;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * FiscalTrail benchmark: ingest (command gateway and HTTP), projection rebuild and as-of latency,
 * each next to what the raw driver does on the same server in the same run. Not a test: it never
 * fails on a timing. Run by deploy/benchmark/run.sh.
 */
public final class Benchmark {

  private static final long SEED = 20240601L;
  private static final int YEAR = 2024;
  private static final int BIG_YEAR = 2024;
  private static final String BIG_DEPARTMENT = "bench-big";
  private static final int WARM_UP_SECONDS = 60;
  private static final List<String> PHASES = List.of("ingest", "http", "raw", "asof", "rebuild");

  private final boolean quick;
  /** Phases to run (--only=ingest,http,raw,asof,rebuild); all when the option is absent. */
  private final Set<String> phases;
  /** As-of points (--points=1000,100000); the mode's when absent. */
  private final int[] points;
  /** Rounds of gateway ingest and raw inserts, and of raw scan and rebuilds (--rounds=5); each figure is their median. */
  private final int rounds;
  private final Path out;
  private final Path dataDir;
  private final boolean external;
  private final Random random = new Random(SEED);
  private final Random knownAtRandom = new Random(SEED + 4);
  private Instant bigYearSince;
  private final Map<String, Object> results = new LinkedHashMap<>();
  private final List<String[]> table = new ArrayList<>();
  /** Keeps the session of {@link #signIn()}; an in-process admin with a password of this run. */
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).cookieHandler(new CookieManager()).build();
  private final String adminPassword = "bench-" + Long.toHexString(new SecureRandom().nextLong());

  private final CommandProfile commandProfile = new CommandProfile();
  private ConfigurableApplicationContext context;
  private CommandGateway gateway;
  private EventStore eventStore;
  private TokenStore tokenStore;
  private EventProcessingConfiguration processing;
  private MongoDatabase database;
  private String base;

  private Benchmark(boolean quick, Set<String> phases, int[] points, int rounds, Path out, Path dataDir,
      boolean external) {
    this.quick = quick;
    this.phases = phases;
    this.points = points;
    this.rounds = rounds;
    this.out = out;
    this.dataDir = dataDir;
    this.external = external;
  }

  public static void main(String[] args) throws Exception {
    boolean quick = Arrays.asList(args).contains("--quick");
    Path out = Path.of(option(args, "--out=", "deploy/benchmark/target/results.json"));
    Path dataDir = Path.of(option(args, "--data-dir=", "deploy/benchmark/target/data"));
    boolean external = System.getenv("MONGODB_URI") != null && !System.getenv("MONGODB_URI").isBlank();
    int code = 0;
    Set<String> phases = Set.of(option(args, "--only=", String.join(",", PHASES)).split(","));
    if (!PHASES.containsAll(phases)) {
      throw new IllegalArgumentException("--only takes some of " + PHASES + ", not " + phases);
    }
    String pointsOption = option(args, "--points=", quick ? "1000,10000" : "1000,10000,100000");
    int[] points = Arrays.stream(pointsOption.split(",")).mapToInt(Integer::parseInt).sorted().toArray();
    int rounds = Integer.parseInt(option(args, "--rounds=", "5"));
    Benchmark benchmark = new Benchmark(quick, phases, points, rounds, out, dataDir, external);
    try {
      benchmark.run();
    } catch (Throwable e) {
      e.printStackTrace();
      code = 1;
    } finally {
      benchmark.close();
    }
    System.exit(code);
  }

  private static String option(String[] args, String prefix, String fallback) {
    return Arrays.stream(args).filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length())).findFirst().orElse(fallback);
  }

  // ---------------------------------------------------------------------------------------------

  private void run() throws Exception {
    long wall = System.nanoTime();
    log("mode: " + (quick ? "quick" : "full") + ", store: " + (external ? "MONGODB_URI (database fiscaltrail_bench_*)" : "embedded (durable H2 file) in " + dataDir));
    start();

    // sizes
    int departments = quick ? 3 : 4;
    int expendituresPerYear = quick ? 120 : 300;
    int httpDepartments = quick ? 2 : 4;
    int rawInserts = quick ? 1500 : 3000;
    int budgetSamples = quick ? 200 : 500;
    int reportSamples = quick ? 40 : 100;

    if (phases.contains("ingest") || phases.contains("raw")) {
      ingestAndRawInsert(departments, expendituresPerYear, rawInserts);
    }
    if (phases.contains("http")) {
      ingestThroughHttp(httpDepartments, expendituresPerYear);
    }
    if (phases.contains("asof")) {
      asOf(points, budgetSamples, reportSamples);
    }
    if (phases.contains("rebuild")) {
      rebuildAndScan();
    }
    if (phases.size() < PHASES.size()) {
      results.put("_only", List.copyOf(new TreeSet<>(phases)));
    }

    results.put("_wall_s", round((System.nanoTime() - wall) / 1e9, 1));
    write();
  }

  private void start() throws Exception {
    if (!external) {
      deleteRecursively(dataDir);
    }
    List<String> args = new ArrayList<>(List.of(
        "--fiscaltrail.data-dir=" + dataDir.toAbsolutePath(),
        "--server.port=0",
        "--logging.level.root=WARN",
        "--logging.level.io.fiscaltrail=WARN",
        "--spring.main.banner-mode=off",
        "--fiscaltrail.security.admin-password=" + adminPassword));
    if (external) {
      args.add("--spring.data.mongodb.database=fiscaltrail_bench_" + System.currentTimeMillis());
    }
    long t0 = System.nanoTime();
    SpringApplication application = new SpringApplication(FiscalTrailApplication.class);
    application.addInitializers(context -> context.getBeanFactory().registerSingleton("benchmarkCommandProfile",
        (MongoClientSettingsBuilderCustomizer) settings -> settings.addCommandListener(commandProfile)));
    context = application.run(args.toArray(String[]::new));
    double startup = (System.nanoTime() - t0) / 1e9;
    double jvmUptime = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
    gateway = context.getBean(CommandGateway.class);
    eventStore = context.getBean(EventStore.class);
    tokenStore = context.getBean(TokenStore.class);
    processing = context.getBean(EventProcessingConfiguration.class);
    database = context.getBean(MongoTemplate.class).getDb();
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    base = "http://127.0.0.1:" + port;
    results.put("startup_s", round(startup, 2));
    row("startup (fresh data dir, context ready)", fmt(startup, 2) + " s", "JVM up " + fmt(jvmUptime, 2) + " s");
    signIn();
  }

  /**
   * Signs in once with the login form, as a browser does: every later request rides on that
   * session, so the figures below measure the application, not one bcrypt verify a request (what
   * HTTP Basic without a session costs; measured here once). Requests also carry the Basic header:
   * it exempts writes from the session's CSRF token, is not verified again for the session's own
   * user, and signs in again should the session expire.
   */
  private void signIn() throws IOException, InterruptedException {
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
    if (!token.find()) {
      throw new IllegalStateException("the login page has no CSRF token: " + abbreviate(page.body()));
    }
    String form = "username=admin&password=" + URLEncoder.encode(adminPassword, StandardCharsets.UTF_8)
        + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    String location = signedIn.headers().firstValue("Location").orElse("");
    if (signedIn.statusCode() != 302 || location.contains("error")) {
      throw new IllegalStateException("sign-in failed: " + signedIn.statusCode() + " " + location);
    }
    int samples = 20;
    HttpClient withoutSession = HttpClient.newHttpClient();
    long t0 = System.nanoTime();
    for (int i = 0; i < samples; i++) {
      withoutSession.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/projections"))
          .header("Authorization", authorization()).GET().build(), HttpResponse.BodyHandlers.discarding());
    }
    double basicMs = (System.nanoTime() - t0) / 1e6 / samples;
    t0 = System.nanoTime();
    for (int i = 0; i < samples; i++) {
      get("/api/admin/projections");
    }
    double sessionMs = (System.nanoTime() - t0) / 1e6 / samples;
    results.put("_basic_auth_request_ms", round(basicMs, 1));
    results.put("_session_request_ms", round(sessionMs, 1));
    row("sign-in cost, GET /api/admin/projections", fmt(basicMs, 1) + " ms with HTTP Basic",
        fmt(sessionMs, 1) + " ms in a session (mean of " + samples + "; the difference is the bcrypt verify)");
  }

  private String authorization() {
    return "Basic " + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
  }

  private void close() {
    if (context != null) {
      if (external && database != null) {
        try {
          database.drop();
        } catch (RuntimeException e) {
          log("could not drop " + database.getName() + ": " + e.getMessage());
        }
      }
      context.close();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // ingest

  /** Slices of a round: the gateway's and the raw inserts' alternate, so that both meet the same machine. */
  private static final int SLICES_PER_ROUND = 10;

  /**
   * The gateway's ingest and the raw driver's inserts in rounds, each figure the median of its
   * rounds, the ratio theirs. Within a round the two alternate in slices ({@link #interleavedRound}).
   * What the gateway's commands sent to MongoDB, and the CPU they took, are profiled in the first
   * round.
   */
  private void ingestAndRawInsert(int departments, int expendituresPerYear, int rawInserts) {
    boolean ingest = phases.contains("ingest");
    boolean raw = phases.contains("raw");
    if (ingest) {
      warmUp(departments, expendituresPerYear);
    }
    List<Double> gatewayRates = new ArrayList<>();
    List<Double> rawRates = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      double[] rates = interleavedRound(round,
          ingest ? workload("gw" + round, departments, expendituresPerYear) : List.of(), raw ? rawInserts : 0);
      if (ingest) {
        gatewayRates.add(rates[0]);
      }
      if (raw) {
        rawRates.add(rates[1]);
      }
    }
    if (ingest) {
      double rate = median(gatewayRates);
      results.put("ingest_events_per_s", round(rate, 1));
      results.put("_ingest_rounds_events_per_s", rounded(gatewayRates));
      row("ingest, command gateway (sequential sendAndWait)", fmt(rate, 1) + " events/s",
          "median of " + rounds + " rounds of " + results.get("_ingest_commands") + " commands: " + rounded(gatewayRates));
    }
    if (raw) {
      double rate = median(rawRates);
      results.put("raw_insert_per_s", round(rate, 1));
      results.put("_raw_insert_rounds_per_s", rounded(rawRates));
      row("raw driver insertOne (acknowledged, " + results.get("_raw_document_bytes") + " B docs, unique index)",
          fmt(rate, 1) + " docs/s", "median of " + rounds + " rounds of " + rawInserts + " inserts: " + rounded(rawRates));
    }
    if (ingest && raw) {
      double ratio = median(gatewayRates) / median(rawRates);
      results.put("ingest_ratio", round(ratio, 3));
      List<Double> perRound = new ArrayList<>();
      for (int i = 0; i < rounds; i++) {
        perRound.add(round(gatewayRates.get(i) / rawRates.get(i), 3));
      }
      results.put("_ingest_ratio_rounds", perRound);
      row("ingest_ratio (gateway / raw insert)", fmt(ratio, 3), "target >= 0.5; round by round: " + perRound);
    }
    if (ingest) {
      ingestWithTheProjectionsStopped(departments, expendituresPerYear);
    }
  }

  /**
   * One round of the gateway's commands (on departments of their own) and of acknowledged
   * single-document inserts of documents the size of a stored event, into a fresh collection with a
   * unique index, in {@value #SLICES_PER_ROUND} alternating slices. Each side's rate is its work
   * over the time of its own slices: {events a second, inserts a second}; the MongoDB commands and
   * the CPU are counted during the gateway's slices. On this 2-core machine the
   * speed of the same code changes within seconds (run 24: a raw round of 3,000 inserts took 1.1 s
   * and the next 1.8 s), and a round of each side after the other paired one side's fast seconds
   * with the other's slow ones (round ratios of 0.28 to 0.61 within one run). Before each raw slice
   * the projections finish folding the gateway's events, which would otherwise be timed against the
   * raw inserts; the few events they are behind when a gateway slice ends are folded untimed.
   */
  private double[] interleavedRound(int round, List<Object> commands, int rawInserts) {
    RawInserts raw = rawInserts > 0 ? RawInserts.prepare(database, largestEventNearTheHead()) : null;
    awaitCaughtUp(Duration.ofMinutes(5));
    settle();
    long before = head();
    commandProfile.reset();
    ThreadCpu gatewayCpu = new ThreadCpu();
    ThreadCpu rawCpu = new ThreadCpu();
    long gatewayNanos = 0;
    long rawNanos = 0;
    for (int slice = 0; slice < SLICES_PER_ROUND; slice++) {
      if (!commands.isEmpty()) {
        commandProfile.resume();
        gatewayCpu.begin();
        long t0 = System.nanoTime();
        for (Object command : commands.subList(commands.size() * slice / SLICES_PER_ROUND, commands.size() * (slice + 1) / SLICES_PER_ROUND)) {
          gateway.sendAndWait(command);
        }
        gatewayNanos += System.nanoTime() - t0;
        gatewayCpu.end();
        commandProfile.pause(); // the wait below reads the token store from this thread
        awaitCaughtUp(Duration.ofMinutes(5));
      }
      if (raw != null) {
        rawCpu.begin();
        long t0 = System.nanoTime();
        raw.insert(rawInserts * slice / SLICES_PER_ROUND, rawInserts * (slice + 1) / SLICES_PER_ROUND);
        rawNanos += System.nanoTime() - t0;
        rawCpu.end();
      }
    }
    double[] rates = new double[2];
    if (!commands.isEmpty()) {
      double seconds = gatewayNanos / 1e9;
      long events = head() - before;
      Map<String, Double> cpuPerCommand = gatewayCpu.msPer(commands.size());
      log(String.format(Locale.ROOT, "  gateway round %d: %d commands, %d events in %.1f s (%.1f commands/s), CPU ms per command, by thread: %s",
          round, commands.size(), events, seconds, commands.size() / seconds, cpuPerCommand));
      if (round == 1) {
        profileGatewayIngest(commands.size(), seconds, cpuPerCommand);
        results.put("_ingest_commands", commands.size());
        results.put("_ingest_events", events);
      }
      rates[0] = events / seconds;
    }
    if (raw != null) {
      double seconds = rawNanos / 1e9;
      Map<String, Double> cpuPerInsert = rawCpu.msPer(rawInserts);
      raw.drop();
      results.put("_raw_document_bytes", raw.documentBytes());
      if (round == 1) {
        results.put("_raw_insert_cpu_ms_per_insert", cpuPerInsert);
      }
      log(String.format(Locale.ROOT, "  raw insert round %d: %d inserts of %d B in %.1f s, CPU ms per insert, by thread: %s",
          round, rawInserts, raw.documentBytes(), seconds, cpuPerInsert));
      rates[1] = rawInserts / seconds;
    }
    return rates;
  }

  /** The largest of a few events near the head, all exact-key reads: what a raw insert writes. */
  private Document largestEventNearTheHead() {
    awaitCaughtUp(Duration.ofMinutes(5));
    MongoCollection<Document> events = database.getCollection("domainevents");
    long headId = head();
    Document sample = events.find(new Document("_id", headId)).first();
    if (sample == null) {
      throw new IllegalStateException("no event with _id " + headId);
    }
    for (long id = Math.max(0, headId - 50); id < headId; id++) {
      Document candidate = events.find(new Document("_id", id)).first();
      if (candidate != null && size(candidate) > size(sample)) {
        sample = candidate;
      }
    }
    return sample;
  }

  /** Copies of one event document, inserted one at a time, acknowledged, into a collection of their own. */
  private record RawInserts(MongoCollection<Document> collection, Document sample) {

    static RawInserts prepare(MongoDatabase database, Document sample) {
      MongoCollection<Document> collection = database.getCollection("bench_raw_insert");
      collection.createIndex(Indexes.ascending("streamKey"), new IndexOptions().unique(true).name("uniqueStreamKey"));
      RawInserts raw = new RawInserts(collection, sample);
      for (int i = 0; i < 100; i++) { // warm-up, numbered below the timed ones
        collection.insertOne(copy(sample, -1 - i));
      }
      return raw;
    }

    /** Copies numbered {@code from} (inclusive) to {@code to} (exclusive). */
    void insert(int from, int to) {
      for (int i = from; i < to; i++) {
        collection.insertOne(copy(sample, i));
      }
    }

    int documentBytes() {
      return size(sample);
    }

    void drop() {
      collection.drop();
    }
  }

  /**
   * The same workload again with the projections stopped: what their work costs the write side,
   * on the same two cores (each acknowledged event's commit also carries the read-model pages
   * written since the last one).
   */
  private void ingestWithTheProjectionsStopped(int departments, int expendituresPerYear) {
    List<Object> more = workload("gp", departments, expendituresPerYear);
    List<StreamingEventProcessor> processors = streamingProcessors();
    processors.forEach(StreamingEventProcessor::shutDown);
    long before = head();
    commandProfile.reset();
    ThreadCpu cpu = new ThreadCpu();
    cpu.begin();
    long t0 = System.nanoTime();
    for (Object command : more) {
      gateway.sendAndWait(command);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    cpu.end();
    Map<String, Double> cpuPerCommand = cpu.msPer(more.size());
    log("  with the projections stopped:");
    commandProfile.snapshot().forEach((key, stat) -> log(String.format(Locale.ROOT, "  mongo %-58s %6.2f per command, %6.2f ms per command",
        key, stat[0] / (double) more.size(), stat[1] / 1e6 / more.size())));
    log("  CPU ms per command, by thread: " + cpuPerCommand);
    results.put("_ingest_projections_stopped_cpu_ms_per_command", cpuPerCommand);
    long events = head() - before;
    processors.forEach(StreamingEventProcessor::start);
    awaitCaughtUp(Duration.ofMinutes(5));
    results.put("_ingest_projections_stopped_events_per_s", round(events / seconds, 1));
    row("ingest, command gateway, projections stopped (diagnostic)", fmt(events / seconds, 1) + " events/s",
        more.size() + " commands, " + events + " events in " + fmt(seconds, 1) + " s, one round; they caught up afterwards");
  }

  /**
   * Rounds of the same workload on departments of their own, not counted, until the just-in-time
   * compiler is done with what the run exercises: the JVM has been up {@value #WARM_UP_SECONDS} s
   * and a round ran within 5 % of the one before, or it has been up 1.5 times as long. On
   * this 2-core machine the compiler threads take some 40 % of the CPU for the first minute after
   * startup (JFR, jdk.ThreadCPULoad), so a shorter warm-up measures the compiler. Each round's
   * rate is kept in the details.
   */
  private void warmUp(int departments, int expendituresPerYear) {
    List<Double> rates = new ArrayList<>();
    for (int round = 1; ; round++) {
      List<Object> commands = workload("warm" + round, departments, expendituresPerYear);
      long t0 = System.nanoTime();
      commands.forEach(gateway::sendAndWait);
      double rate = commands.size() / ((System.nanoTime() - t0) / 1e9);
      rates.add(round(rate, 1));
      log(String.format(Locale.ROOT, "  warm-up round %d: %.1f commands/s", round, rate));
      boolean steady = round > 1 && Math.abs(rate - rates.get(round - 2)) <= 0.05 * rates.get(round - 2);
      long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
      if (uptime >= WARM_UP_SECONDS * 1000L && (steady || uptime >= WARM_UP_SECONDS * 1500L)) {
        break;
      }
    }
    results.put("_ingest_warm_up_commands_per_s", rates);
  }

  private void ingestThroughHttp(int departments, int expendituresPerYear) throws Exception {
    // one department a request: its registration, years, appropriations, expenditures, corrections, reversals, assets
    List<String> files = new ArrayList<>();
    int records = 0;
    for (int d = 0; d < departments; d++) {
      List<String> lines = ndjson(workload("http" + d, 1, expendituresPerYear));
      records += lines.size();
      files.add(String.join("\n", lines) + "\n");
    }
    long before = head();
    long t0 = System.nanoTime();
    for (String file : files) {
      post("/api/import", "application/x-ndjson", file);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long events = head() - before;
    double rate = events / seconds;
    results.put("_http_import_events_per_s", round(rate, 1));
    row("ingest, HTTP POST /api/import (one department a file)", fmt(rate, 1) + " events/s",
        files.size() + " requests, " + records + " records, " + events + " events in " + fmt(seconds, 1) + " s");

    // one command a request
    int singles = quick ? 150 : 500;
    String department = "http-single";
    post("/api/departments", "application/json",
        "{\"code\":\"" + department + "\",\"name\":\"单笔部门\",\"authorizedHeadcount\":5,\"actualHeadcount\":5,\"divisions\":[\"办公室\"]}");
    post("/api/departments/" + department + "/years/" + YEAR + "/appropriations", "application/json",
        "{\"kind\":\"INITIAL\",\"line\":\"BASIC_PUBLIC\",\"amount\":\"100000.00\",\"effectiveDate\":\"" + YEAR + "-01-01\",\"document\":\"批复\"}");
    before = head();
    t0 = System.nanoTime();
    for (int i = 0; i < singles; i++) {
      post("/api/departments/" + department + "/years/" + YEAR + "/appropriations", "application/json",
          "{\"kind\":\"SUPPLEMENTARY\",\"line\":\"PROJECT\",\"amount\":\"" + (100 + random.nextInt(9000)) + ".00\",\"effectiveDate\":\""
              + date(YEAR, 1 + random.nextInt(365)) + "\",\"document\":\"追加 " + i + "\",\"reason\":\"专项追加\"}");
    }
    seconds = (System.nanoTime() - t0) / 1e9;
    events = head() - before;
    rate = events / seconds;
    results.put("_http_single_events_per_s", round(rate, 1));
    row("ingest, HTTP POST .../appropriations (one a request)", fmt(rate, 1) + " events/s",
        singles + " requests, " + events + " events in " + fmt(seconds, 1) + " s");
  }


  private static List<Double> rounded(List<Double> rates) {
    return rates.stream().map(rate -> round(rate, 1)).toList();
  }

  /** What each gateway command cost in MongoDB commands and in CPU, by thread: where the time of the ingest went. */
  private void profileGatewayIngest(int commands, double seconds, Map<String, Double> cpuPerCommand) {
    Map<String, Object> profile = new LinkedHashMap<>();
    commandProfile.snapshot().forEach((key, stat) -> {
      profile.put(key, Map.of("per_command", round(stat[0] / (double) commands, 2), "ms_per_command", round(stat[1] / 1e6 / commands, 2)));
      log(String.format(Locale.ROOT, "  mongo %-58s %6.2f per command, %6.2f ms per command", key, stat[0] / (double) commands, stat[1] / 1e6 / commands));
    });
    log(String.format(Locale.ROOT, "  (wall time per command: %.2f ms)", seconds * 1000 / commands));
    results.put("_gateway_mongo_commands", profile);
    results.put("_gateway_cpu_ms_per_command", cpuPerCommand);
  }

  /**
   * The CPU time the process and its threads took between each {@link #begin} and the {@link #end}
   * after it, summed, by thread name less its number ({@code mongo-server-worker2} counts as
   * {@code mongo-server-worker}): what the work cost the machine, which its wall time shows only
   * when the two cores are busy. A thread that ended in between is not counted; the process figure
   * counts it, and the collector and compiler too.
   */
  static final class ThreadCpu {
    static final String PROCESS = "process";
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<String, Long> byGroup = new java.util.HashMap<>();
    private long process;
    private Map<Long, Long> threadsAtBegin = Map.of();
    private long processAtBegin;

    void begin() {
      threadsAtBegin = new java.util.HashMap<>();
      for (long id : THREADS.getAllThreadIds()) {
        threadsAtBegin.put(id, THREADS.getThreadCpuTime(id));
      }
      processAtBegin = processNanos();
    }

    void end() {
      process += processNanos() - processAtBegin;
      for (java.lang.management.ThreadInfo thread : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
        if (thread == null) {
          continue;
        }
        long now = THREADS.getThreadCpuTime(thread.getThreadId());
        long spent = now - threadsAtBegin.getOrDefault(thread.getThreadId(), 0L);
        if (now > 0 && spent > 0) {
          byGroup.merge(thread.getThreadName().replaceAll("-?\\d+$", ""), spent, Long::sum);
        }
      }
    }

    /** Milliseconds per unit of work, the process first, then thread groups from the busiest, 0.01 ms and more. */
    Map<String, Double> msPer(int units) {
      Map<String, Double> perUnit = new LinkedHashMap<>();
      perUnit.put(PROCESS, round(process / 1e6 / units, 3));
      byGroup.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .filter(group -> group.getValue() / 1e6 / units >= 0.01)
          .forEach(group -> perUnit.put(group.getKey(), round(group.getValue() / 1e6 / units, 3)));
      return perUnit;
    }

    private static long processNanos() {
      return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
  }

  /**
   * Counts the MongoDB commands the application sends and their round-trip time, by thread group
   * (the command path on the benchmark's main thread; the projections; the rest) and collection.
   */
  static final class CommandProfile implements CommandListener {
    private final Map<String, long[]> stats = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean paused;

    void reset() {
      stats.clear();
      paused = false;
    }

    /** Stops counting until {@link #resume}: while the raw inserts run between the gateway's slices. */
    void pause() {
      paused = true;
    }

    void resume() {
      paused = false;
    }

    Map<String, long[]> snapshot() {
      Map<String, long[]> sorted = new java.util.TreeMap<>();
      stats.forEach((k, v) -> sorted.put(k, v.clone()));
      return sorted;
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
      count(event.getCommandName(), event.getElapsedTime(java.util.concurrent.TimeUnit.NANOSECONDS));
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
      count(event.getCommandName() + " (failed)", event.getElapsedTime(java.util.concurrent.TimeUnit.NANOSECONDS));
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
      org.bson.BsonValue collection = event.getCommand().isEmpty() ? null : event.getCommand().get(event.getCommandName());
      CURRENT.set(collection != null && collection.isString() ? collection.asString().getValue() : "-");
    }

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private void count(String command, long nanos) {
      if (paused) {
        return;
      }
      String thread = Thread.currentThread().getName();
      String group = thread.equals("main") || thread.startsWith("http-nio") ? "command path"
          : thread.startsWith("WorkPackage") || thread.startsWith("Coordinator") ? "projections" : "other";
      long[] stat = stats.computeIfAbsent(group + " " + command + " " + CURRENT.get(), k -> new long[2]);
      synchronized (stat) {
        stat[0]++;
        stat[1] += nanos;
      }
    }
  }

  private static Document copy(Document sample, long id) {
    Document copy = new Document(sample);
    copy.put("_id", id);
    copy.put("streamKey", "raw/" + id + "#0");
    return copy;
  }

  private static int size(Document document) {
    return new org.bson.RawBsonDocument(document, new org.bson.codecs.DocumentCodec()).getByteBuffer().remaining();
  }

  // ---------------------------------------------------------------------------------------------
  // as-of latency

  private void asOf(int[] points, int budgetSamples, int reportSamples) throws Exception {
    gateway.sendAndWait(new RegisterDepartment(DepartmentCode.of(BIG_DEPARTMENT), "大年度部门", 40, 38, 2, List.of("办公室", "财务科"), List.of()));
    BudgetYearId year = BudgetYearId.of(BIG_DEPARTMENT, BIG_YEAR);
    gateway.sendAndWait(new RecordAppropriation(year, AppropriationKind.INITIAL, BudgetLine.BASIC_PERSONNEL, Money.parse("50000000.00"), LocalDate.of(BIG_YEAR, 1, 1), "年初批复", null, null));
    gateway.sendAndWait(new RecordAppropriation(year, AppropriationKind.INITIAL, BudgetLine.PROJECT, Money.parse("80000000.00"), LocalDate.of(BIG_YEAR, 1, 1), "年初批复", null, null));
    int entries = 0;
    int voucher = 0;
    int chunk = 2_000;
    List<Map<String, Object>> asof = new ArrayList<>();
    bigYearSince = Instant.now();
    double importSeconds = 0;
    long importEvents = 0;
    for (int point : points) {
      while (entries < point) {
        int n = Math.min(chunk, point - entries);
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < n; i++) {
          voucher++;
          BudgetLine line = random.nextInt(3) == 0 ? BudgetLine.PROJECT : (random.nextBoolean() ? BudgetLine.BASIC_PUBLIC : BudgetLine.BASIC_PERSONNEL);
          file.append("{\"type\":\"expenditure\",\"source\":\"bench\",\"department\":\"").append(BIG_DEPARTMENT)
              .append("\",\"year\":").append(BIG_YEAR)
              .append(",\"voucher\":\"V").append(voucher)
              .append("\",\"amount\":\"").append(1 + random.nextInt(5000)).append('.').append(String.format("%02d", random.nextInt(100)))
              .append("\",\"effectiveDate\":\"").append(date(BIG_YEAR, 1 + random.nextInt(366)))
              .append("\",\"line\":\"").append(line)
              .append("\",\"functionalClass\":\"").append(random.nextBoolean() ? "2012901" : "2080501")
              .append("\",\"economicClass\":\"").append(random.nextBoolean() ? "30201" : "30101")
              .append("\"}\n");
        }
        long before = head();
        long t0 = System.nanoTime();
        post("/api/import", "application/x-ndjson", file.toString());
        importSeconds += (System.nanoTime() - t0) / 1e9;
        importEvents += head() - before;
        entries += n;
      }
      long t0 = System.nanoTime();
      awaitCaughtUp(Duration.ofMinutes(20));
      double catchUp = (System.nanoTime() - t0) / 1e9;
      String path = "/api/departments/" + BIG_DEPARTMENT + "/years/" + BIG_YEAR;
      // Warm-up, not in the asof row: both kinds of answer and both routes, so that the
      // just-in-time compiler has seen the knownAt path too, and the decoded checkpoints and chunks
      // a year keeps (one each per 500 entries) are filled; the first young collection after they
      // fill copies them, a one-off pause. The warm-up's own latencies are reported as the cold
      // start after an import. Its own random: the timed requests stay the same.
      int warmUpRequests = quick ? 300 : 1_000;
      Random warmUp = new Random(SEED + point);
      double[] cold = new double[warmUpRequests];
      long[] gcBeforeWarmUp = gcCountAndMillis();
      for (int i = 0; i < warmUpRequests; i++) {
        String asOfDate = date(BIG_YEAR, 1 + warmUp.nextInt(366));
        String knownAt = i % 2 == 0 ? "" : "&knownAt=" + bigYearSince.plusMillis(
            (long) (warmUp.nextDouble() * Duration.between(bigYearSince, Instant.now()).toMillis()));
        long s = System.nanoTime();
        get(path + (i % 5 == 0 ? "/report?format=markdown&asOf=" : "/budget?asOf=") + asOfDate + knownAt);
        cold[i] = (System.nanoTime() - s) / 1e6;
      }
      long[] gcAfterWarmUp = gcCountAndMillis();
      results.put("_asof_warm_up_at_" + point, Map.of(
          "requests", warmUpRequests,
          "p50_ms", round(percentile(cold, 50), 2),
          "p99_ms", round(percentile(cold, 99), 2),
          "max_ms", round(Arrays.stream(cold).max().orElse(0), 2),
          "collections", gcAfterWarmUp[0] - gcBeforeWarmUp[0],
          "collection_ms", gcAfterWarmUp[1] - gcBeforeWarmUp[1]));
      row("as-of warm-up (cold, right after the import) at " + point + " entries",
          "p50 " + fmt(percentile(cold, 50), 2) + " ms, p99 " + fmt(percentile(cold, 99), 2) + " ms, max "
              + fmt(Arrays.stream(cold).max().orElse(0), 1) + " ms",
          warmUpRequests + " untimed requests, both routes, half with knownAt; "
              + (gcAfterWarmUp[0] - gcBeforeWarmUp[0]) + " collections, " + (gcAfterWarmUp[1] - gcBeforeWarmUp[1]) + " ms");
      long[] gcBefore = gcCountAndMillis();
      long sampling = System.nanoTime();
      double[] budget = new double[budgetSamples];
      for (int i = 0; i < budgetSamples; i++) {
        String asOfDate = date(BIG_YEAR, 1 + random.nextInt(366));
        long s = System.nanoTime();
        get(path + "/budget?asOf=" + asOfDate + knownAt(i));
        budget[i] = (System.nanoTime() - s) / 1e6;
      }
      get(path + "/report?asOf=" + BIG_YEAR + "-12-31");
      double[] report = new double[reportSamples];
      for (int i = 0; i < reportSamples; i++) {
        String asOfDate = date(BIG_YEAR, 1 + random.nextInt(366));
        long s = System.nanoTime();
        get(path + "/report?format=markdown&asOf=" + asOfDate + knownAt(i));
        report[i] = (System.nanoTime() - s) / 1e6;
      }
      long[] gcAfter = gcCountAndMillis();
      double samplingSeconds = (System.nanoTime() - sampling) / 1e9;
      knownAtDetails(point, budget, report);
      // a tail is read next to the collector's pauses (this process runs server and client both)
      double[] slowest = Arrays.stream(budget).sorted().skip(Math.max(0, budget.length - 5)).toArray();
      results.put("_gc_during_asof_at_" + point, Map.of("collections", gcAfter[0] - gcBefore[0], "ms", gcAfter[1] - gcBefore[1]));
      row("collector during the as-of requests at " + point + " entries",
          (gcAfter[0] - gcBefore[0]) + " collections, " + (gcAfter[1] - gcBefore[1]) + " ms",
          "in " + fmt(samplingSeconds, 1) + " s of requests; slowest /budget (ms): " + Arrays.toString(Arrays.stream(slowest).map(v -> round(v, 1)).toArray()));
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("entries", point);
      p.put("p50_ms", round(percentile(budget, 50), 2));
      p.put("p99_ms", round(percentile(budget, 99), 2));
      p.put("report_p99_ms", round(percentile(report, 99), 2));
      asof.add(p);
      row("as-of /budget at " + point + " entries", "p50 " + fmt(percentile(budget, 50), 2) + " ms, p99 " + fmt(percentile(budget, 99), 2) + " ms",
          budgetSamples + " requests, random asOf; projection caught up in " + fmt(catchUp, 1) + " s after the last import");
      row("as-of /report at " + point + " entries", "p50 " + fmt(percentile(report, 50), 2) + " ms, p99 " + fmt(percentile(report, 99), 2) + " ms",
          reportSamples + " requests, markdown");
      if (point == 100_000 || point == points[points.length - 1]) {
        double heap = usedHeapMb();
        if (point == 100_000) {
          results.put("heap_mb_at_100k", round(heap, 1));
        }
        results.put("_heap_mb_at_" + point, round(heap, 1));
        row("used heap after GC at " + point + " entries", fmt(heap, 1) + " MB", "whole process: app + embedded server + caches");
      }
    }
    if (!results.containsKey("heap_mb_at_100k")) {
      results.put("heap_mb_at_100k", null);
    }
    results.put("asof", asof);
    results.put("_big_year_import_events_per_s", round(importEvents / importSeconds, 1));
    row("ingest, HTTP /api/import of " + chunk + "-voucher files into one year", fmt(importEvents / importSeconds, 1) + " events/s",
        importEvents + " events in " + fmt(importSeconds, 1) + " s");
  }

  /**
   * Issue 4 asks for answers "as of any date and known at any time": every second timed request
   * (odd {@code sample}) also asks as known at a random instant since the big year's first import,
   * so the asof rows' percentiles cover both kinds of answer. Its own random, so the workload's
   * vouchers and dates stay what they were.
   */
  private String knownAt(int sample) {
    if (sample % 2 == 0) {
      return "";
    }
    long span = Duration.between(bigYearSince, Instant.now()).toMillis();
    return "&knownAt=" + bigYearSince.plusMillis((long) (knownAtRandom.nextDouble() * span));
  }

  /** The knownAt requests alone (the odd samples), in results-details.json and the table. */
  private void knownAtDetails(int point, double[] budget, double[] report) {
    double[] budgetKnownAt = IntStream.range(0, budget.length).filter(i -> i % 2 == 1).mapToDouble(i -> budget[i]).toArray();
    double[] reportKnownAt = IntStream.range(0, report.length).filter(i -> i % 2 == 1).mapToDouble(i -> report[i]).toArray();
    results.put("_knownat_p50_ms_at_" + point, round(percentile(budgetKnownAt, 50), 2));
    results.put("_knownat_p99_ms_at_" + point, round(percentile(budgetKnownAt, 99), 2));
    results.put("_knownat_report_p99_ms_at_" + point, round(percentile(reportKnownAt, 99), 2));
    row("as-of + knownAt /budget at " + point + " entries",
        "p50 " + fmt(percentile(budgetKnownAt, 50), 2) + " ms, p99 " + fmt(percentile(budgetKnownAt, 99), 2) + " ms",
        budgetKnownAt.length + " of the requests above, random knownAt since the year's first import");
    row("as-of + knownAt /report at " + point + " entries",
        "p50 " + fmt(percentile(reportKnownAt, 50), 2) + " ms, p99 " + fmt(percentile(reportKnownAt, 99), 2) + " ms",
        reportKnownAt.length + " of the requests above");
  }

  /** Collections and milliseconds spent in them so far, over every collector of this JVM. */
  private static long[] gcCountAndMillis() {
    long count = 0;
    long millis = 0;
    for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, collector.getCollectionCount());
      millis += Math.max(0, collector.getCollectionTime());
    }
    return new long[] {count, millis};
  }

  private static double usedHeapMb() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime runtime = Runtime.getRuntime();
    return (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
  }

  // ---------------------------------------------------------------------------------------------
  // rebuild

  private void rebuildAndScan() throws IOException, InterruptedException {
    awaitCaughtUp(Duration.ofMinutes(20));
    MongoCollection<Document> events = database.getCollection("domainevents");
    long count = events.estimatedDocumentCount();
    long head = head();

    // Rounds of: a raw cursor scan of the events collection, then each projection alone, as
    // POST /api/admin/projections/{name}/rebuild replays it. Each figure is the median of its
    // rounds: single runs of either side varied by a third from run to run on this machine
    // (scan 8,700-13,300 docs/s, budget-years 3,200-5,100 events/s), and interleaving the rounds
    // gives both sides of the ratio the same conditions.
    // One untimed scan first: the replays run code the processors have run all along, the scan's
    // code path had never run before; cold, the first scan ran at 12,600 docs/s where the next
    // ones ran at 15,800-23,000 (run 10), which flattered every rebuild_ratio before run 10.
    rawScan(events);
    List<Double> scanRates = new ArrayList<>();
    Map<String, List<Double>> aloneRates = new LinkedHashMap<>();
    // the collections during each replay (the collector stops the replay: BENCHMARKS.md, run 19)
    Map<String, List<String>> aloneCollections = new LinkedHashMap<>();
    for (int round = 1; round <= rounds; round++) {
      settle();
      long t0 = System.nanoTime();
      long scanned = rawScan(events);
      scanRates.add(scanned / ((System.nanoTime() - t0) / 1e9));
      for (StreamingEventProcessor processor : streamingProcessors()) {
        String name = processor.getName();
        settle();
        commandProfile.reset();
        long[] gcBefore = gcCountAndMillis();
        t0 = System.nanoTime();
        post("/api/admin/projections/" + name + "/rebuild", "application/json", "");
        awaitCaughtUp(Duration.ofMinutes(30), head);
        aloneRates.computeIfAbsent(name, n -> new ArrayList<>()).add(count / ((System.nanoTime() - t0) / 1e9));
        long[] gcAfter = gcCountAndMillis();
        aloneCollections.computeIfAbsent(name, n -> new ArrayList<>())
            .add((gcAfter[0] - gcBefore[0]) + " collections, " + (gcAfter[1] - gcBefore[1]) + " ms");
        if (round == rounds) {
          profileReplay(name, count);
        }
      }
      log(String.format(Locale.ROOT, "  rebuild round %d: scan %.1f docs/s, %s", round, scanRates.get(round - 1),
          aloneRates.entrySet().stream().map(e -> e.getKey() + " " + fmt(e.getValue().get(e.getValue().size() - 1), 1)
              + " events/s (" + aloneCollections.get(e.getKey()).get(e.getValue().size() - 1) + ")").toList()));
    }
    double scanRate = median(scanRates);
    results.put("_raw_scan_rounds_docs_per_s", rounded(scanRates));
    Map<String, Double> alone = new LinkedHashMap<>();
    aloneRates.forEach((name, rates) -> {
      alone.put(name, median(rates));
      results.put("_rebuild_" + name + "_events_per_s", round(median(rates), 1));
      results.put("_rebuild_" + name + "_rounds_events_per_s", rounded(rates));
      results.put("_gc_during_rebuild_" + name + "_rounds", aloneCollections.get(name));
      row("rebuild " + name + " alone (POST …/projections/" + name + "/rebuild)", fmt(median(rates), 1) + " events/s",
          "median of " + rates.size() + " replays of " + count + " events: " + rates.stream().map(r -> fmt(r, 1)).toList());
    });
    // the slowest projection's replay: what a rebuild of the read model costs at worst per projection
    Map.Entry<String, Double> slowest = alone.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow();
    double rebuildRate = slowest.getValue();

    // every projection at once, as after a restore of the read model
    List<StreamingEventProcessor> processors = streamingProcessors();
    long t0 = System.nanoTime();
    processors.forEach(StreamingEventProcessor::shutDown);
    processors.forEach(StreamingEventProcessor::resetTokens);
    processors.forEach(StreamingEventProcessor::start);
    awaitCaughtUp(Duration.ofMinutes(30), head);
    double allSeconds = (System.nanoTime() - t0) / 1e9;
    List<String> names = processors.stream().map(StreamingEventProcessor::getName).toList();
    results.put("_rebuild_all_at_once_events_per_s", round(count / allSeconds, 1));
    results.put("_rebuild_all_at_once_ratio", round(count / allSeconds / scanRate, 3));
    row("rebuild " + names + " all at once", fmt(count / allSeconds, 1) + " events/s",
        count + " events in " + fmt(allSeconds, 1) + " s (each processor reads the whole stream)");

    results.put("rebuild_events_per_s", round(rebuildRate, 1));
    results.put("raw_scan_per_s", round(scanRate, 1));
    results.put("rebuild_ratio", round(rebuildRate / scanRate, 3));
    results.put("_events_in_store", count);
    row("raw driver cursor scan of domainevents", fmt(scanRate, 1) + " docs/s",
        "median of " + scanRates.size() + " scans of " + count + " docs: " + scanRates.stream().map(r -> fmt(r, 1)).toList());
    row("rebuild_ratio (slowest projection alone / raw scan)", fmt(rebuildRate / scanRate, 3),
        "target >= 0.5; slowest: " + slowest.getKey() + "; all at once: " + fmt(count / allSeconds / scanRate, 3));
  }

  /** What one replay cost in MongoDB commands, per replayed event: where the time of a rebuild went. */
  private void profileReplay(String processor, long events) {
    log("  replay of " + processor + " (last round), MongoDB commands per 1,000 events:");
    Map<String, Object> profile = new LinkedHashMap<>();
    commandProfile.snapshot().forEach((key, stat) -> {
      profile.put(key, Map.of("per_1000_events", round(stat[0] * 1000.0 / events, 2), "ms_per_1000_events", round(stat[1] / 1e6 * 1000 / events, 2)));
      log(String.format(Locale.ROOT, "  mongo %-58s %8.2f commands, %8.2f ms", key, stat[0] * 1000.0 / events, stat[1] / 1e6 * 1000 / events));
    });
    results.put("_replay_" + processor + "_mongo_commands", profile);
  }

  /**
   * Waits out the embedded store's flush (every second by default) of what the phase before left
   * in memory: a timed phase started during it shared the two cores with it (scans of the same
   * events ranged from 14,000 to 118,000 docs/s). Before each side of both ratios.
   */
  private static void settle() {
    sleep(1_500);
  }

  /** Reads every document of the collection with the raw driver's cursor; returns how many. */
  private static long rawScan(MongoCollection<Document> events) {
    long scanned = 0;
    try (MongoCursor<Document> cursor = events.find().batchSize(1000).iterator()) {
      while (cursor.hasNext()) {
        cursor.next();
        scanned++;
      }
    }
    return scanned;
  }

  private List<StreamingEventProcessor> streamingProcessors() {
    List<StreamingEventProcessor> processors = new ArrayList<>();
    processing.eventProcessors().values().forEach(p -> {
      if (p instanceof StreamingEventProcessor streaming) {
        processors.add(streaming);
      }
    });
    return processors;
  }

  private long head() {
    return eventStore.createHeadToken().position().orElse(-1);
  }

  private void awaitCaughtUp(Duration timeout) {
    awaitCaughtUp(timeout, head());
  }

  /**
   * Every segment of every streaming processor is claimed and has reached the given global
   * position; a processor that has claimed only some of its segments right after a restart is
   * not done.
   */
  private void awaitCaughtUp(Duration timeout, long head) {
    List<StreamingEventProcessor> processors = streamingProcessors();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      boolean done = processors.stream().allMatch(p ->
          p.processingStatus().size() == tokenStore.fetchSegments(p.getName()).length
              && p.processingStatus().values().stream().allMatch(s -> s.getError() == null && s.getCurrentPosition().orElse(-1) >= head));
      if (done) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("processors did not reach position " + head + " within " + timeout);
      }
      sleep(20);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // workload: deterministic, seeded

  /** Commands for {@code departments} departments named {@code prefix-N}, two years each, assets; streams interleaved. */
  private List<Object> workload(String prefix, int departments, int expendituresPerYear) {
    List<List<Object>> streams = new ArrayList<>();
    List<Object> registrations = new ArrayList<>();
    for (int d = 0; d < departments; d++) {
      String code = prefix + "-" + d;
      registrations.add(new RegisterDepartment(DepartmentCode.of(code), "部门 " + code, 10 + random.nextInt(40), 10 + random.nextInt(40), 3,
          List.of("办公室", "财务科", "业务科"), List.of("职责一", "职责二")));
      for (int year : new int[] {YEAR - 1, YEAR}) {
        streams.add(budgetYear(BudgetYearId.of(code, year), expendituresPerYear));
      }
      streams.add(assets(new AssetRegisterId(DepartmentCode.of(code))));
    }
    List<Object> commands = new ArrayList<>(registrations);
    // round-robin so that consecutive commands hit different aggregates, as in real use
    int longest = streams.stream().mapToInt(List::size).max().orElse(0);
    for (int i = 0; i < longest; i++) {
      for (List<Object> stream : streams) {
        if (i < stream.size()) {
          commands.add(stream.get(i));
        }
      }
    }
    return commands;
  }

  private List<Object> budgetYear(BudgetYearId id, int expenditures) {
    List<Object> commands = new ArrayList<>();
    int y = id.year();
    LocalDate jan1 = LocalDate.of(y, 1, 1);
    commands.add(new RecordAppropriation(id, AppropriationKind.INITIAL, BudgetLine.BASIC_PERSONNEL, money(2_000_000, 6_000_000), jan1, "年初预算批复 " + y, null, null));
    commands.add(new RecordAppropriation(id, AppropriationKind.INITIAL, BudgetLine.BASIC_PUBLIC, money(500_000, 1_500_000), jan1, "年初预算批复 " + y, null, null));
    commands.add(new RecordAppropriation(id, AppropriationKind.INITIAL, BudgetLine.PROJECT, money(1_000_000, 5_000_000), jan1, "年初预算批复 " + y, null, null));
    List<String> vouchers = new ArrayList<>();
    List<String> reversed = new ArrayList<>();
    for (int i = 0; i < expenditures; i++) {
      int r = random.nextInt(100);
      int day = 1 + random.nextInt(360);
      if (r < 4) {
        commands.add(new RecordAppropriation(id, AppropriationKind.SUPPLEMENTARY, BudgetLine.PROJECT, money(10_000, 300_000), date(jan1, day), "追加预算 " + i, "专项追加", null));
      } else if (r < 5) {
        commands.add(new RecordAppropriation(id, AppropriationKind.REDUCTION, BudgetLine.BASIC_PUBLIC, money(1_000, 20_000), date(jan1, day), "调减 " + i, "压减公用经费", null));
      } else if (r < 9 && vouchers.size() > reversed.size() + 2) {
        String victim = pickStanding(vouchers, reversed);
        reversed.add(victim);
        if (r < 7) { // correction: a new voucher replaces the old one
          String voucher = id.department() + "-" + y + "-" + (vouchers.size() + 1);
          vouchers.add(voucher);
          commands.add(new RecordExpenditure(id, voucher, money(100, 50_000), date(jan1, 360), classification(), "收款人", "更正凭证", victim));
        } else { // reversal in full
          commands.add(new ReverseExpenditure(id, victim, date(jan1, 360), "红字凭证 " + i, "重复报销"));
        }
      } else {
        String voucher = id.department() + "-" + y + "-" + (vouchers.size() + 1);
        vouchers.add(voucher);
        commands.add(new RecordExpenditure(id, voucher, money(100, 50_000), date(jan1, day), classification(), "收款人 " + random.nextInt(50), "支出 " + i, null));
      }
    }
    return commands;
  }

  private List<Object> assets(AssetRegisterId register) {
    List<Object> commands = new ArrayList<>();
    int n = 5 + random.nextInt(6);
    for (int i = 0; i < n; i++) {
      String asset = "FA-" + (i + 1);
      commands.add(new AcquireFixedAsset(register, asset, "固定资产 " + asset, money(5_000, 200_000), LocalDate.of(YEAR - 1, 1, 1 + random.nextInt(28)), "入库单", true));
      commands.add(new DepreciateFixedAsset(register, asset, money(100, 1_000), LocalDate.of(YEAR - 1, 12, 31), "折旧表"));
      if (random.nextInt(3) == 0) {
        commands.add(new ChangeFixedAssetUse(register, asset, false, LocalDate.of(YEAR, 6, 30), "盘点表"));
      }
      commands.add(new DepreciateFixedAsset(register, asset, money(100, 1_000), LocalDate.of(YEAR, 12, 31), "折旧表"));
    }
    return commands;
  }

  private String pickStanding(List<String> vouchers, List<String> reversed) {
    while (true) {
      String candidate = vouchers.get(random.nextInt(vouchers.size()));
      if (!reversed.contains(candidate)) {
        return candidate;
      }
    }
  }

  private ExpenditureClassification classification() {
    int r = random.nextInt(10);
    BudgetLine line = r < 4 ? BudgetLine.BASIC_PERSONNEL : r < 7 ? BudgetLine.BASIC_PUBLIC : BudgetLine.PROJECT;
    String functional = new String[] {"2012901", "2080501", "2101101", "2210201"}[random.nextInt(4)];
    String economic = line == BudgetLine.BASIC_PERSONNEL ? "30101" : new String[] {"30201", "30211", "30217", "31002"}[random.nextInt(4)];
    ThreePublicCategory threePublic = random.nextInt(20) == 0 ? ThreePublicCategory.OFFICIAL_RECEPTIONS : ThreePublicCategory.NONE;
    return new ExpenditureClassification(line, functional, economic, threePublic, random.nextInt(15) == 0, line == BudgetLine.PROJECT && random.nextBoolean());
  }

  private Money money(int minYuan, int maxYuan) {
    return Money.ofFen((minYuan + (long) random.nextInt(maxYuan - minYuan)) * 100 + random.nextInt(100));
  }

  private static LocalDate date(LocalDate jan1, int day) {
    LocalDate date = jan1.plusDays(day - 1);
    return date.getYear() == jan1.getYear() ? date : LocalDate.of(jan1.getYear(), 12, 31);
  }

  private static String date(int year, int day) {
    return date(LocalDate.of(year, 1, 1), day).toString();
  }

  /** The same commands as import records (docs/import-format.md). */
  private static List<String> ndjson(List<Object> commands) {
    List<String> lines = new ArrayList<>();
    for (Object c : commands) {
      Map<String, Object> r = new LinkedHashMap<>();
      if (c instanceof RegisterDepartment d) {
        r.put("type", "department"); r.put("department", d.code().toString()); r.put("name", d.name());
        r.put("authorizedHeadcount", d.authorizedHeadcount()); r.put("actualHeadcount", d.actualHeadcount()); r.put("divisions", d.divisionNames());
      } else if (c instanceof RecordAppropriation a) {
        r.put("type", "appropriation"); year(r, a.budgetYear()); r.put("kind", a.kind().name()); r.put("line", a.line().name());
        r.put("amount", a.amount().toString()); r.put("effectiveDate", a.effectiveDate().toString()); r.put("document", a.document());
        if (a.reason() != null) r.put("reason", a.reason());
      } else if (c instanceof RecordExpenditure e) {
        r.put("type", "expenditure"); year(r, e.budgetYear()); r.put("voucher", e.voucher()); r.put("amount", e.amount().toString());
        r.put("effectiveDate", e.effectiveDate().toString()); r.put("line", e.classification().line().name());
        r.put("functionalClass", e.classification().functionalClass()); r.put("economicClass", e.classification().economicClass());
        r.put("threePublic", e.classification().threePublic().name()); r.put("governmentProcurement", e.classification().governmentProcurement());
        r.put("keyProject", e.classification().keyProject()); r.put("payee", e.payee()); r.put("description", e.description());
        if (e.corrects() != null) r.put("corrects", e.corrects());
      } else if (c instanceof ReverseExpenditure v) {
        r.put("type", "reversal"); year(r, v.budgetYear()); r.put("voucher", v.voucher()); r.put("effectiveDate", v.effectiveDate().toString());
        r.put("document", v.document()); r.put("reason", v.reason());
      } else if (c instanceof AcquireFixedAsset a) {
        r.put("type", "acquisition"); r.put("department", a.register().department().toString()); r.put("assetId", a.assetId());
        r.put("description", a.description()); r.put("cost", a.cost().toString()); r.put("effectiveDate", a.effectiveDate().toString());
        r.put("document", a.document()); r.put("inUse", a.inUse());
      } else if (c instanceof DepreciateFixedAsset a) {
        r.put("type", "depreciation"); r.put("department", a.register().department().toString()); r.put("assetId", a.assetId());
        r.put("amount", a.amount().toString()); r.put("effectiveDate", a.effectiveDate().toString()); r.put("document", a.document());
      } else if (c instanceof ChangeFixedAssetUse a) {
        r.put("type", "assetUse"); r.put("department", a.register().department().toString()); r.put("assetId", a.assetId());
        r.put("inUse", a.inUse()); r.put("effectiveDate", a.effectiveDate().toString()); r.put("document", a.document());
      } else {
        throw new IllegalArgumentException("no import record for " + c);
      }
      r.put("source", "benchmark workload");
      lines.add(Json.write(r));
    }
    return lines;
  }

  private static void year(Map<String, Object> r, BudgetYearId id) {
    r.put("department", id.department().toString());
    r.put("year", id.year());
  }

  // ---------------------------------------------------------------------------------------------
  // HTTP, output

  private String post(String path, String contentType, String body) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10))
            .header("Content-Type", contentType + "; charset=utf-8")
            .header("Authorization", authorization())
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + abbreviate(response.body()));
    }
    return response.body();
  }

  private String get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(1))
            .header("Authorization", authorization()).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + abbreviate(response.body()));
    }
    return response.body();
  }

  private static String abbreviate(String s) {
    return s.length() > 600 ? s.substring(0, 600) + "…" : s;
  }

  private void row(String what, String value, String note) {
    table.add(new String[] {what, value, note});
    log(String.format(Locale.ROOT, "%-62s %-32s %s", what, value, note));
  }

  private void write() throws IOException {
    Map<String, Object> json = new LinkedHashMap<>();
    for (String key : List.of("ingest_events_per_s", "raw_insert_per_s", "ingest_ratio", "rebuild_events_per_s",
        "raw_scan_per_s", "rebuild_ratio", "asof", "heap_mb_at_100k", "startup_s")) {
      json.put(key, results.get(key));
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, Json.write(json) + "\n");
    Map<String, Object> details = new LinkedHashMap<>(results);
    details.put("_mode", quick ? "quick" : "full");
    details.put("_store", external ? "MONGODB_URI" : "embedded");
    details.put("_cpus", Runtime.getRuntime().availableProcessors());
    details.put("_max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    details.put("_java", System.getProperty("java.version"));
    String name = out.getFileName().toString().replace(".json", "");
    Files.writeString(out.resolveSibling(name + "-details.json"), Json.write(details) + "\n");

    StringBuilder text = new StringBuilder("\n| what | figure | how |\n|---|---|---|\n");
    for (String[] r : table) {
      text.append("| ").append(r[0]).append(" | ").append(r[1]).append(" | ").append(r[2]).append(" |\n");
    }
    System.out.println(text);
    Files.writeString(out.resolveSibling(name + "-table.md"), text.toString());
    System.out.println("wrote " + out + " (and " + name + "-details.json, " + name + "-table.md)");
  }

  private static void log(String message) {
    System.out.println("[bench] " + message);
    System.out.flush();
  }

  private static String fmt(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  private static double round(double value, int decimals) {
    double f = Math.pow(10, decimals);
    return Math.round(value * f) / f;
  }

  private static double median(List<Double> values) {
    return percentile(values.stream().mapToDouble(Double::doubleValue).toArray(), 50);
  }

  private static double percentile(double[] samples, int p) {
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Minimal JSON writer (maps, lists, strings, numbers, booleans, null). */
  static final class Json {
    static String write(Object value) {
      StringBuilder sb = new StringBuilder();
      write(sb, value);
      return sb.toString();
    }

    private static void write(StringBuilder sb, Object value) {
      if (value == null) {
        sb.append("null");
      } else if (value instanceof Map<?, ?> map) {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
          if (!first) sb.append(',');
          first = false;
          string(sb, String.valueOf(e.getKey()));
          sb.append(':');
          write(sb, e.getValue());
        }
        sb.append('}');
      } else if (value instanceof List<?> list) {
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
          if (i > 0) sb.append(',');
          write(sb, list.get(i));
        }
        sb.append(']');
      } else if (value instanceof Number || value instanceof Boolean) {
        sb.append(value);
      } else {
        string(sb, value.toString());
      }
    }

    private static void string(StringBuilder sb, String s) {
      sb.append('"');
      for (char c : s.toCharArray()) {
        switch (c) {
          case '"' -> sb.append("\\\"");
          case '\\' -> sb.append("\\\\");
          case '\n' -> sb.append("\\n");
          case '\r' -> sb.append("\\r");
          case '\t' -> sb.append("\\t");
          default -> {
            if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
          }
        }
      }
      sb.append('"');
    }
  }
}
