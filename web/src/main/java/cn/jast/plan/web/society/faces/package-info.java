/** The society's pages: its dashboard of the plan year and its profile. */
package cn.jast.plan.web.society.faces;
