import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;

/**
 * The measuring half of deploy/scale-test.sh: reads the store (events, tokens, delivery counts)
 * directly with the MongoDB driver, never through the application it measures.
 *
 *   owners   URI                          print processor, segment, owner of every token
 *   sharing  URI PID_A PID_B SECONDS      wait until both query instances own segments of every projection
 *   takeover URI PID SINCE SECONDS        wait until instance PID owns every segment; print the seconds
 *                                         since SINCE (epoch milliseconds: the kill)
 *   report   URI ACKED SURVIVOR_PID QUERY_URL AUTH AMOUNT SECONDS COMMAND_INSTANCES QUERY_INSTANCES
 *            KILLED_OWNED_SEGMENTS TOOK_OVER
 *            wait until every acknowledged event is projected, then print the findings and, last, the
 *            JSON line; exit 1 unless all is well. KILLED_OWNED_SEGMENTS: the killed instance held
 *            segments before it died (true/false); TOOK_OVER: the survivor was seen to take them
 */
public class ScaleCheck {

  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    try (MongoClient client = MongoClients.create(args[1])) {
      MongoDatabase db = client.getDatabase(new com.mongodb.ConnectionString(args[1]).getDatabase());
      int exit = switch (args[0]) {
        case "owners" -> owners(db);
        case "sharing" -> sharing(db, args[2], args[3], Integer.parseInt(args[4]));
        case "takeover" -> takeover(db, args[2], Long.parseLong(args[3]), Integer.parseInt(args[4]));
        case "report" -> report(db, Path.of(args[2]), args[3], args[4], args[5], new BigDecimal(args[6]),
            Integer.parseInt(args[7]), Integer.parseInt(args[8]), Integer.parseInt(args[9]),
            Boolean.parseBoolean(args[10]), Boolean.parseBoolean(args[11]));
        default -> throw new IllegalArgumentException("unknown mode " + args[0]);
      };
      System.exit(exit);
    }
  }

  /** processor -> segment -> owner (null when unclaimed). */
  private static Map<String, Map<Integer, String>> tokens(MongoDatabase db) {
    Map<String, Map<Integer, String>> tokens = new TreeMap<>();
    for (Document d : db.getCollection("trackingtokens").find()) {
      tokens.computeIfAbsent(d.getString("processorName"), p -> new TreeMap<>())
          .put(d.getInteger("segment"), d.getString("owner"));
    }
    return tokens;
  }

  private static int owners(MongoDatabase db) {
    tokens(db).forEach((p, segments) -> segments.forEach((s, o) -> System.out.println(p + " " + s + " " + o)));
    return 0;
  }

  private static boolean owns(String owner, String pid) {
    return owner != null && owner.startsWith(pid + "@");
  }

  private static int sharing(MongoDatabase db, String a, String b, int seconds) throws InterruptedException {
    long deadline = System.currentTimeMillis() + seconds * 1000L;
    while (true) {
      Map<String, Map<Integer, String>> tokens = tokens(db);
      boolean shared = !tokens.isEmpty() && tokens.values().stream().allMatch(segments ->
          segments.values().stream().anyMatch(o -> owns(o, a)) && segments.values().stream().anyMatch(o -> owns(o, b)));
      if (shared || System.currentTimeMillis() > deadline) {
        tokens.forEach((p, segments) -> System.out.println("[scale] " + p + " segments " + segments));
        return shared ? 0 : 1;
      }
      Thread.sleep(500);
    }
  }

  private static int takeover(MongoDatabase db, String pid, long since, int seconds) throws InterruptedException {
    while (true) {
      Map<String, Map<Integer, String>> tokens = tokens(db);
      boolean all = !tokens.isEmpty() && tokens.values().stream()
          .allMatch(segments -> segments.values().stream().allMatch(o -> owns(o, pid)));
      long elapsed = System.currentTimeMillis() - since;
      if (all || elapsed > seconds * 1000L) {
        System.out.printf("%s %.1f%n", all ? "took-over" : "not-taken-over", elapsed / 1000.0);
        return all ? 0 : 1;
      }
      Thread.sleep(250);
    }
  }

  private static int report(MongoDatabase db, Path ackedFile, String survivor, String queryUrl, String auth,
      BigDecimal amount, int seconds, int commandInstances, int queryInstances, boolean killedOwnedSegments,
      boolean tookOver) throws Exception {
    // what the command instances acknowledged: every 2xx answer names the events it appended
    List<String> acked = new ArrayList<>();
    Map<String, Integer> appropriationsPerYear = new TreeMap<>();
    int commands = 0;
    for (String line : Files.readAllLines(ackedFile)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode answer = JSON.readTree(line);
      commands++;
      for (JsonNode event : answer.get("events")) {
        acked.add(event.get("eventId").asText());
        if (event.get("type").asText().equals("SupplementaryAllocationGranted")) {
          appropriationsPerYear.merge(event.get("stream").asText(), 1, Integer::sum);
        }
      }
    }

    long deadline = System.currentTimeMillis() + seconds * 1000L;
    Counts counts;
    while (true) {
      counts = Counts.read(db, acked);
      boolean done = counts.lost.isEmpty()
          && tokens(db).values().stream().allMatch(s -> s.values().stream().allMatch(o -> owns(o, survivor)));
      if (done || System.currentTimeMillis() > deadline) {
        break;
      }
      Thread.sleep(1000);
    }

    // the read model itself: each year's supplementary total is the acknowledged count times the amount;
    // the books add amounts up, so an event applied twice or never shows here whatever the counters say
    int yearsAgreeing = 0;
    List<String> disagreeing = new ArrayList<>();
    HttpClient http = HttpClient.newHttpClient();
    for (Map.Entry<String, Integer> year : appropriationsPerYear.entrySet()) {
      String[] codeAndYear = year.getKey().split("/");
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(queryUrl + "/api/departments/"
          + codeAndYear[0] + "/years/" + codeAndYear[1] + "/budget?asOf=" + codeAndYear[1] + "-12-31"));
      if (!auth.isEmpty()) {
        request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(auth.getBytes()));
      }
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      BigDecimal expected = amount.multiply(BigDecimal.valueOf(year.getValue()));
      BigDecimal actual = response.statusCode() == 200
          ? new BigDecimal(JSON.readTree(response.body()).get("supplementary").asText()) : null;
      if (actual != null && actual.compareTo(expected) == 0) {
        yearsAgreeing++;
      } else {
        disagreeing.add(year.getKey() + " expected " + expected + " read " + (actual == null ? response.statusCode() : actual));
      }
    }

    System.out.println("[scale] processors and the event types they project: " + counts.expected);
    System.out.println("[scale] deliveries per instance: " + counts.byInstance);
    System.out.println("[scale] tokens at the end: " + tokens(db));
    System.out.println("[scale] read model: " + yearsAgreeing + " of " + appropriationsPerYear.size()
        + " years' supplementary totals equal the acknowledged appropriations" + (disagreeing.isEmpty() ? "" : "; " + disagreeing));
    if (!counts.lost.isEmpty()) {
      System.out.println("[scale] lost: " + counts.lost);
    }
    if (!counts.duplicated.isEmpty()) {
      System.out.println("[scale] duplicated: " + counts.duplicated);
    }
    boolean failover = killedOwnedSegments && tookOver && tokens(db).values().stream()
        .allMatch(s -> s.values().stream().allMatch(o -> owns(o, survivor)));
    boolean ok = counts.lost.isEmpty() && counts.duplicated.isEmpty() && disagreeing.isEmpty()
        && counts.storedOnce == acked.size() && counts.projectedOnce == acked.size() && failover;
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("command_instances", commandInstances);
    result.put("query_instances", queryInstances);
    result.put("commands_acknowledged", commands);
    result.put("events_stored", counts.storedOnce);
    result.put("events_projected_once", counts.projectedOnce);
    result.put("duplicates", counts.duplicated.size());
    result.put("lost", counts.lost.size());
    result.put("failover", failover);
    System.out.println("[scale] acknowledged events: " + acked.size());
    System.out.println(JSON.writeValueAsString(result));
    return ok ? 0 : 1;
  }

  /** Per acknowledged event: how often it is stored, and how often each projection that should got it. */
  private record Counts(int storedOnce, int projectedOnce, Set<String> lost, Set<String> duplicated,
      Map<String, Set<String>> expected, Map<String, Integer> byInstance) {

    static Counts read(MongoDatabase db, List<String> acked) {
      Map<String, Integer> stored = new HashMap<>();
      Map<String, String> types = new HashMap<>();
      for (Document e : db.getCollection("domainevents").find()) {
        stored.merge(e.getString("eventIdentifier"), 1, Integer::sum);
        types.put(e.getString("eventIdentifier"), e.getString("payloadType"));
      }
      // processor -> eventId -> count; which processors project a type is read off the counts themselves
      Map<String, Map<String, Integer>> delivered = new TreeMap<>();
      Map<String, Set<String>> expected = new TreeMap<>();
      Map<String, Integer> byInstance = new TreeMap<>();
      for (Document d : db.getCollection("projection_deliveries").find()) {
        String id = d.getString("_id");
        String processor = id.substring(0, id.indexOf('/'));
        String eventId = id.substring(id.indexOf('/') + 1);
        delivered.computeIfAbsent(processor, p -> new HashMap<>()).put(eventId, d.getInteger("count"));
        expected.computeIfAbsent(types.getOrDefault(eventId, "?"), t -> new HashSet<>()).add(processor);
        for (Object instance : d.getList("by", Object.class)) {
          byInstance.merge(String.valueOf(instance), 1, Integer::sum);
        }
      }
      int storedOnce = 0;
      int projectedOnce = 0;
      Set<String> lost = new HashSet<>();
      Set<String> duplicated = new HashSet<>();
      for (String id : acked) {
        int copies = stored.getOrDefault(id, 0);
        if (copies == 1) {
          storedOnce++;
        } else if (copies == 0) {
          lost.add(id);
        } else {
          duplicated.add(id);
        }
        Set<String> processors = expected.getOrDefault(types.get(id), Set.of());
        boolean once = !processors.isEmpty();
        for (String processor : processors) {
          int n = delivered.get(processor).getOrDefault(id, 0);
          if (n == 0) {
            lost.add(id);
          } else if (n > 1) {
            duplicated.add(id);
          }
          once &= n == 1;
        }
        if (processors.isEmpty()) {
          lost.add(id);
        }
        projectedOnce += once ? 1 : 0;
      }
      Map<String, Set<String>> expectedByType = new TreeMap<>();
      expected.forEach((type, processors) -> expectedByType.put(type.substring(type.lastIndexOf('.') + 1), new java.util.TreeSet<>(processors)));
      return new Counts(storedOnce, projectedOnce, lost, duplicated, expectedByType, byInstance);
    }
  }
}
