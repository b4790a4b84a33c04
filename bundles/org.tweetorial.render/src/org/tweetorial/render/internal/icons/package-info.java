/** The bundled Health Icons set (Iconify JSON): names, aliases and sanitised icon bodies. */
package org.tweetorial.render.internal.icons;
