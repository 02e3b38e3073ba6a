package io.tqc.report;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through its chromedriver, both found on the PATH, with a
 * fresh profile and nothing that reaches the network: the report must work offline.
 */
public final class HeadlessChromium {
  private HeadlessChromium() {}

  /** Whether both programs are on the PATH, so a browser test can run here. */
  public static boolean available() {
    return Stream.of("chromium", "chromedriver").allMatch(program -> Stream.of(
        System.getenv("PATH").split(File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, program))));
  }

  public static ChromeDriver start(Path profile) {
    return start(profile, null);
  }

  /** @param downloads the folder downloads are saved in without asking, null for none */
  public static ChromeDriver start(Path profile, Path downloads) {
    ChromeOptions options = new ChromeOptions();
    if (downloads != null) {
      options.setExperimentalOption("prefs", Map.of(
          "download.default_directory", downloads.toString(),
          "download.prompt_for_download", false));
    }
    options.setBinary(onPath("chromium"));
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=1280,1000", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(onPath("chromedriver")).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }

  private static File onPath(String program) {
    for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, program);
      if (Files.isExecutable(candidate)) {
        return candidate.toFile();
      }
    }
    throw new IllegalStateException(program + " is not on the PATH (Debian: apt-get install "
        + "chromium chromium-driver)");
  }
}
