/** Applications (申报书): their content, their lifecycle from draft to funding, and their fingerprint. */
package cn.jast.plan.domain.application;
