/**
 * The pages' foundation (Jakarta Faces + PrimeFaces): the language of the pages, the header's countdown,
 * the login form, the error page with its incident id, and the refusal of cross-site posts.
 */
package cn.jast.plan.web.faces;
