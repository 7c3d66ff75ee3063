package io.fiscaltrail.access;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;
import static org.springframework.http.HttpMethod.POST;

import io.fiscaltrail.access.web.ApiProblems;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.unit.DataSize;

/**
 * The one place that says who may call which route. Every route of both sides is listed here by
 * its path; a route not listed is ADMIN's until it is. Department routes check the {@code {code}}
 * of the path against the account's departments; {@code POST /api/import} checks the departments
 * its records name ({@link RecorderImportFilter}).
 */
final class AccessRules {

  /** Only this server's own scripts, styles and images; no inline code, no framing. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

  /** Routes for scripts: refusals are problems, never a redirect to the login page. */
  static final RequestMatcher API = new OrRequestMatcher(PATHS.matcher("/api/**"), PATHS.matcher("/actuator/**"));

  private AccessRules() {}

  static HttpSecurity apply(HttpSecurity http, ApiProblems problems, boolean bearerTokens, DataSize maxImportBody)
      throws Exception {
    http.authorizeHttpRequests(AccessRules::routes)
        .httpBasic(basic -> basic.realmName("FiscalTrail").authenticationEntryPoint(problems))
        .formLogin(form -> form.loginPage("/login").permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
        .exceptionHandling(refusals -> refusals
            .authenticationEntryPoint(entryPoint(problems))
            .accessDeniedHandler(refusal(problems)))
        .requestCache(cache -> cache.requestCache(pagesOnly()))
        .csrf(csrf -> csrf.ignoringRequestMatchers(AccessRules::cannotRideOnASession))
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
        .addFilterAfter(new RecorderImportFilter(maxImportBody, problems), AuthorizationFilter.class);
    if (bearerTokens) {
      http.oauth2ResourceServer(server -> server
          .authenticationEntryPoint(problems)
          .jwt(jwt -> jwt.jwtAuthenticationConverter(tokenAuthorities())));
    }
    return http;
  }

  private static void routes(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
    routes
        // probes, the error page of a request already let through, sign-in and static assets
        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
        .requestMatchers(PATHS.matcher("/actuator/health"), PATHS.matcher("/actuator/health/**")).permitAll()
        .requestMatchers(PATHS.matcher("/login"), PATHS.matcher("/error")).permitAll()
        .requestMatchers(Stream.of("/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico")
            .map(PATHS::matcher).toArray(RequestMatcher[]::new)).permitAll()
        // accounts, projections: the operator's
        .requestMatchers(PATHS.matcher("/api/admin/**")).hasRole(Role.ADMIN.name())
        // tamper evidence across all streams, and auditors' notes on a year
        .requestMatchers(PATHS.matcher("/api/audit/**")).hasAnyRole(Role.ADMIN.name(), Role.AUDITOR.name())
        .requestMatchers(PATHS.matcher(POST, "/api/departments/{code}/years/{year}/audit-notes"))
            .hasAnyRole(Role.ADMIN.name(), Role.AUDITOR.name())
        // registering a department; an import's records are checked by RecorderImportFilter
        .requestMatchers(PATHS.matcher(POST, "/api/departments")).hasRole(Role.ADMIN.name())
        .requestMatchers(PATHS.matcher(POST, "/api/import")).hasAnyRole(Role.ADMIN.name(), Role.RECORDER.name())
        // the operator's pages, and the import page for those who may import
        .requestMatchers(PATHS.matcher("/admin/**")).hasRole(Role.ADMIN.name())
        .requestMatchers(read("/import")).hasAnyRole(Role.ADMIN.name(), Role.RECORDER.name())
        // one department: reads for its recorders too, financial writes for its recorders only
        .requestMatchers(read("/api/departments/{code}"), read("/api/departments/{code}/**"),
            read("/departments/{code}"), read("/departments/{code}/**")).access(DepartmentAccess.readers())
        .requestMatchers(PATHS.matcher("/api/departments/{code}/years/{year}/**")).access(DepartmentAccess.recorders())
        // the list of departments and cross-department figures: not a recorder's
        .requestMatchers(read("/api/**")).hasAnyRole(Role.ADMIN.name(), Role.AUDITOR.name())
        // the pages' start, for everyone signed in; other pages span departments
        .requestMatchers(read("/")).authenticated()
        .requestMatchers(read("/**")).hasAnyRole(Role.ADMIN.name(), Role.AUDITOR.name())
        .anyRequest().hasRole(Role.ADMIN.name());
  }

  private static RequestMatcher read(String pattern) {
    return new OrRequestMatcher(PATHS.matcher(GET, pattern), PATHS.matcher(HEAD, pattern));
  }

  /**
   * Whether a request cannot ride on a browser's signed-in session, so that a CSRF token would
   * prove nothing. CSRF works by making a browser send a session's cookie along with a request
   * that another site made up; a browser marks every such cross-site request with {@code Origin}.
   * Without {@code Origin}, a request that brings its own credentials (Authorization: a script)
   * or no session cookie at all carries no ambient authority. A browser may also send Basic
   * credentials it cached, but then, from another site's page, with {@code Origin}: checked.
   */
  static boolean cannotRideOnASession(HttpServletRequest request) {
    if (request.getHeader(HttpHeaders.ORIGIN) != null) {
      return false;
    }
    return request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getRequestedSessionId() == null;
  }

  private static AuthenticationEntryPoint entryPoint(ApiProblems problems) {
    LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> byRoute = new LinkedHashMap<>();
    byRoute.put(API, problems);
    DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(byRoute);
    entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
    return entryPoint;
  }

  /** Refusals: a problem for scripts, the application's 403 error page for the pages. */
  private static AccessDeniedHandler refusal(ApiProblems problems) {
    LinkedHashMap<RequestMatcher, AccessDeniedHandler> byRoute = new LinkedHashMap<>();
    byRoute.put(API, problems);
    return new RequestMatcherDelegatingAccessDeniedHandler(byRoute, new AccessDeniedHandlerImpl());
  }

  /** Only a page is remembered to return to after signing in; an API call is answered 401. */
  private static HttpSessionRequestCache pagesOnly() {
    HttpSessionRequestCache cache = new HttpSessionRequestCache();
    cache.setRequestMatcher(new NegatedRequestMatcher(API));
    return cache;
  }

  /**
   * Roles and departments of a token from the identity provider: the claims {@code roles}
   * (["RECORDER"]) and {@code departments} (["beita-union"]), as a stored account has them.
   */
  private static Converter<Jwt, AbstractAuthenticationToken> tokenAuthorities() {
    JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(AccessRules::claims);
    return converter;
  }

  private static Collection<GrantedAuthority> claims(Jwt jwt) {
    List<String> roles = jwt.getClaimAsStringList("roles");
    List<String> departments = jwt.getClaimAsStringList("departments");
    Stream<GrantedAuthority> roleAuthorities = (roles == null ? List.<String>of() : roles).stream()
        .filter(role -> Stream.of(Role.values()).anyMatch(r -> r.name().equals(role)))
        .map(role -> new SimpleGrantedAuthority(Role.valueOf(role).authority()));
    Stream<GrantedAuthority> departmentAuthorities =
        (departments == null ? List.<String>of() : departments).stream().map(DepartmentAuthority::of);
    return Stream.concat(roleAuthorities, departmentAuthorities).toList();
  }
}
