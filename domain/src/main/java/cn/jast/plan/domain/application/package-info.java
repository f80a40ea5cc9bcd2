/** Applications (申报书): their lifecycle from draft to funding, and their fingerprint; what they declare is in {@code content}. */
package cn.jast.plan.domain.application;
