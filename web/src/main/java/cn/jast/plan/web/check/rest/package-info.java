/** The public, stateless rule check of API.md: {@code POST /api/v1/plans/{year}/check}. */
package cn.jast.plan.web.check.rest;
