/**
 * The web module's entry points: the JAX-RS application at {@code /api}; features live in sub-packages.
 */
package cn.jast.plan.web;
