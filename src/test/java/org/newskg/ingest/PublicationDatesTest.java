package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {
    @Test
    void dateLineUnderTheHeadline() {
        assertEquals(Optional.of(LocalDate.of(2021, 3, 2)),
                PublicationDates.find("Leaders meet\nTuesday, March 2, 2021\n\nThe leaders met on 5 May 2020."));
    }

    @Test
    void publishedLineWinsOverBodyDates() {
        assertEquals(Optional.of(LocalDate.of(2023, 1, 9)),
                PublicationDates.find("Title\nIn 14 Feb 2022 they met.\nUpdated: 9 Jan 2023"));
    }

    @Test
    void datesInTheBodyAreNotThePublicationDate() {
        assertEquals(Optional.empty(), PublicationDates.find("Title\nThe treaty signed on June 1, 2020 took effect."));
    }

    @Test
    void formats() {
        assertEquals(Optional.of(LocalDate.of(2025, 10, 28)), PublicationDates.parse("Oct. 28, 2025"));
        assertEquals(Optional.of(LocalDate.of(2025, 10, 28)), PublicationDates.parse("28 October 2025"));
        assertEquals(Optional.of(LocalDate.of(2025, 10, 28)), PublicationDates.parse("2025-10-28"));
        assertEquals(Optional.empty(), PublicationDates.parse("February 31, 2025"));
    }
}
