/** REST resources for societies and their profiles, under {@code /api/v1/societies}. */
package cn.jast.plan.web.society.rest;
