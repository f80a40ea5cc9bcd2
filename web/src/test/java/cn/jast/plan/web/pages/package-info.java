/** Tests of the pages: their login, sessions, CSRF refusal, errors and headers over HTTP, and in a real browser. */
package cn.jast.plan.web.pages;
