/** Limits on what a request may carry: the request body limit, API-wide and raised per resource method. */
package cn.jast.plan.web.request;
