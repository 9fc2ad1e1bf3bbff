// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.search;

/** Makes the strategy that searches one slice of a space; see {@link Mapper}. */
@FunctionalInterface
public interface SearchStrategyFactory {

    /**
     * A strategy over the indices {@code [from, to)}.
     *
     * @param slice the slice's number, for seeding; the same slice always gets the same strategy
     */
    SearchStrategy create(long from, long to, int slice);
}
