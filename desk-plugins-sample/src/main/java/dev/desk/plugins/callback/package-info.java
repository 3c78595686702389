/** Call-back tasks: requesters' phone notices handed to a contact centre's call queue. */
package dev.desk.plugins.callback;
