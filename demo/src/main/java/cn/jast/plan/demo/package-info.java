/**
 * Demo data for the one-command start: twelve societies in the situations the guide's rules tell apart, applications of the 2021 plan in every lifecycle state, their reviews, notices, reports, assessments, funding and accounts, seeded at start-up when {@code jast.demo.seed=true}.
 */
package cn.jast.plan.web.demo;
