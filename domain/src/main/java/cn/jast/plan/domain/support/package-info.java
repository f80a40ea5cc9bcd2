/** Small value types and a JSON reader that the domain needs and that no library should bring in. */
package cn.jast.plan.domain.support;
