/** The public's pages of notices (公示): the front page's list, the current and past notices, one notice with its projects and the objection form. */
package cn.jast.plan.web.publicity.faces;
