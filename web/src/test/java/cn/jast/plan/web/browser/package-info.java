/** The browser tests' harness: a real headless Chromium driven by Selenium, screenshots, and axe-core inside the page. */
package cn.jast.plan.web.browser;
