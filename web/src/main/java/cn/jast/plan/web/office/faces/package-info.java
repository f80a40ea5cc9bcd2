/**
 * The office's pages (office/index.xhtml, submissions.xhtml, application.xhtml, paper.xhtml) and their
 * downloads: view-scoped beans over the office services, which decide everything.
 */
package cn.jast.plan.web.office.faces;
