/** Mid-term evaluation and final assessment (中期评估, 验收考核, IV.2) and what a failure entails. */
package cn.jast.plan.domain.assessment;
