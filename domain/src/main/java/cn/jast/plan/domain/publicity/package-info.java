/** Public notices (公示) of the approval list and of assessment results, and objections raised during them. */
package cn.jast.plan.domain.publicity;
