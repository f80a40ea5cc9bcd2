/** Test-only pieces for the page tests: a page bean that fails, and a short session idle timeout. */
package cn.jast.plan.web.pages.probe;
