/** The expert's pages: their assignments, one application to read and score, a declaration of conflict. */
package cn.jast.plan.web.review.faces;
