// SPDX-License-Identifier: Apache-2.0
/**
 * Configuration files as trees with line numbers ({@link org.sinapsis.isa.config.ConfigNode}),
 * read from YAML ({@link org.sinapsis.isa.config.YamlConfigReader}) and bound to immutable spec
 * records ({@link org.sinapsis.isa.config.RecordBinder}). Keys are snake_case only; every file
 * carries {@code version:}. Errors name the file, line and key.
 *
 * <p>Must not import {@code org.sinapsis.compilers}, {@code .simulator}, {@code .neuromorphic} or
 * {@code .cli}.
 */
package org.sinapsis.isa.config;
