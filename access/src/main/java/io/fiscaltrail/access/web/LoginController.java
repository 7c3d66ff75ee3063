package io.fiscaltrail.access.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page of the web pages; Spring Security handles the form's POST. */
@Controller
public class LoginController {

  @GetMapping("/login")
  String login() {
    return "access/login";
  }
}
