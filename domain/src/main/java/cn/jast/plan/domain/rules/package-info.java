/** Every rule of the guide as a named, cited object, and the rule book that applies all of them at submission. */
package cn.jast.plan.domain.rules;
