/**
 * Printing labels on a co-op's or a kitchen's own printer from any phone: registered print agents (the
 * {@code label-printer} jar running beside the printer) pull the jobs people send them, print each exactly
 * once, and report progress. Roles: {@code domain} (job states, agent tokens), {@code application} (who may
 * register agents and send jobs; what an agent may fetch), {@code persistence}, {@code web}.
 */
package vn.xuatxu.api.printing;
