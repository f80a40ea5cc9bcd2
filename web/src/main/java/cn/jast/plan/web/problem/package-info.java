/** Errors as application/problem+json (RFC 9457): the problem document, its types, and the exception mappers that make sure no stack trace reaches a caller. */
package cn.jast.plan.web.problem;
