package com.brewline.slip;

import com.brewline.model.ChosenOption;
import com.brewline.model.DiningOption;
import com.brewline.model.NewOrder;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;
import com.brewline.store.StaffAlert;
import com.brewline.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The slip through a fake network printer on loopback that decodes what it receives. */
class SlipPrinterTest {
    static final Charset EUC_KR = Charset.forName("EUC-KR");
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @TempDir
    Path dir;
    SqliteStore store;
    Order paid;

    @BeforeEach
    void order() {
        // 00:41 UTC is 09:41 in Seoul: the slip must show the store's time, not the machine's
        store = SqliteStore.open(dir.resolve("b.db"), Clock.fixed(Instant.parse("2026-11-23T00:41:00Z"), ZoneOffset.UTC));
        store.days().open(LocalDate.of(2026, 11, 23), "test");
        Order pending = store.orders().createPending(new NewOrder("kiosk-1", DiningOption.TAKEOUT, List.of(
                new OrderLine("americano", "아메리카노", "Americano", List.of(
                        new ChosenOption("temp", "iced", "아이스", "Iced", 0),
                        new ChosenOption("shot", "extra", "샷 추가", "Extra shot", 500)), 2, 5000, 60),
                new OrderLine("cafe-latte", "카페라떼", "Caffe Latte", List.of(), 1, 5000, 90))));
        paid = store.orders().markPaid(pending.id(), "pay-1", pending.total(), "CARD", Instant.now(), "kiosk-1");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private SlipPrinter printer(String target) {
        return new SlipPrinter(SlipPrinter.PrinterSettings.of(target, "EUC-KR", 42, 1000,
                "https://brewline.example/order/{orderId}"), store, "kiosk-1", o -> "4821");
    }

    @Test
    void theSlipSaysEverythingTheCustomerNeedsInKorean() throws Exception {
        try (FakePrinter fake = new FakePrinter()) {
            assertThat(printer("tcp://127.0.0.1:" + fake.port()).print(paid, "브루라인 카페", SEOUL, true))
                    .isEqualTo(SlipPrinter.Outcome.PRINTED);
            EscPosDecoder slip = EscPosDecoder.decode(fake.nextJob(5000), EUC_KR);

            assertThat(slip.doubleByteMode).as("Hangul mode (FS &)").isTrue();
            assertThat(slip.statusRequests).as("paper and cover asked first").isEqualTo(2);
            assertThat(slip.commands).contains("ESC R 13");
            List<String> text = slip.lines.stream().map(EscPosDecoder.Line::text).toList();
            assertThat(slip.lines.get(0)).isEqualTo(new EscPosDecoder.Line("브루라인 카페", true, 1, 2, 1));
            assertThat(slip.lines).contains(new EscPosDecoder.Line(Integer.toString(paid.pickupNumber()), true, 4, 4, 1));
            assertThat(text).contains("주문번호 · 포장",
                    spread("아메리카노 x2", "10,000원"),
                    "  아이스, 샷 추가",
                    spread("카페라떼", "5,000원"),
                    spread("합계", "15,000원"),
                    spread("", "부가세 포함 1,364원"),
                    "2026-11-23 09:41",
                    "취소 코드 4821",
                    "주문 상태 확인");
            assertThat(text).allSatisfy(line -> assertThat(EscPosSlip.width(line)).isLessThanOrEqualTo(42));
            assertThat(slip.qrCodes).containsExactly("https://brewline.example/order/" + paid.paymentOrderId());
            assertThat(slip.cut).isTrue();
            Path out = Path.of("target", "slip", "slip-ko.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, slip.asText());
        }
        assertThat(store.alerts().open()).isEmpty();
    }

    /** Left and right on one line of 42 columns, a Hangul syllable counting two. */
    private static String spread(String left, String right) {
        return left + " ".repeat(42 - EscPosSlip.width(left) - EscPosSlip.width(right)) + right;
    }

    @Test
    void inEnglishToo() throws Exception {
        try (FakePrinter fake = new FakePrinter()) {
            printer("tcp://127.0.0.1:" + fake.port()).print(paid, "Brewline Cafe", SEOUL, false);
            EscPosDecoder slip = EscPosDecoder.decode(fake.nextJob(5000), EUC_KR);
            assertThat(slip.lines.stream().map(EscPosDecoder.Line::text).toList())
                    .contains("Order number · To go", "  Iced, Extra shot", "Cancel code 4821", "2026-11-23 09:41");
            Files.createDirectories(Path.of("target", "slip"));
            Files.writeString(Path.of("target", "slip", "slip-en.txt"), slip.asText());
        }
    }

    @Test
    void outOfPaperPrintsNothingAndTellsStaffUntilAPrintWorksAgain() throws Exception {
        try (FakePrinter fake = new FakePrinter()) {
            fake.outOfPaper = true;
            SlipPrinter printer = printer("tcp://127.0.0.1:" + fake.port());
            assertThat(printer.print(paid, "브루라인 카페", SEOUL, true)).isEqualTo(SlipPrinter.Outcome.FAILED);
            EscPosDecoder received = EscPosDecoder.decode(fake.nextJob(5000), EUC_KR);
            assertThat(received.lines).isEmpty();
            assertThat(store.alerts().open()).extracting(StaffAlert::source, StaffAlert::kind, StaffAlert::message)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("kiosk-1", "PRINTER",
                            "the receipt printer at tcp://127.0.0.1:" + fake.port() + " is out of paper"));

            fake.outOfPaper = false;
            assertThat(printer.print(paid, "브루라인 카페", SEOUL, true)).isEqualTo(SlipPrinter.Outcome.PRINTED);
            assertThat(store.alerts().open()).isEmpty();
        }
    }

    @Test
    void aPrinterThatNeverAnswersStatusStillPrints() throws Exception {
        try (FakePrinter fake = new FakePrinter()) {
            fake.silent = true;
            assertThat(printer("tcp://127.0.0.1:" + fake.port()).print(paid, "브루라인 카페", SEOUL, true))
                    .isEqualTo(SlipPrinter.Outcome.PRINTED);
            assertThat(EscPosDecoder.decode(fake.nextJob(5000), EUC_KR).cut).isTrue();
        }
    }

    @Test
    void anUnreachablePrinterRaisesAnAlertAndNoPrinterPrintsNothing() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        assertThat(printer("tcp://127.0.0.1:" + closedPort).print(paid, "브루라인 카페", SEOUL, true))
                .isEqualTo(SlipPrinter.Outcome.FAILED);
        assertThat(store.alerts().open()).singleElement().extracting(StaffAlert::message).asString()
                .startsWith("the receipt printer at tcp://127.0.0.1:" + closedPort + " does not answer");

        assertThat(printer("none").print(paid, "브루라인 카페", SEOUL, true)).isEqualTo(SlipPrinter.Outcome.NOT_CONFIGURED);
        assertThat(printer(null).isConfigured()).isFalse();
        assertThat(printer("/dev/usb/lp9-not-plugged").print(paid, "x", SEOUL, true)).isEqualTo(SlipPrinter.Outcome.FAILED);
        assertThat(Files.exists(Path.of("/dev/usb/lp9-not-plugged"))).isFalse();
    }

    @Test
    void aFileTargetKeepsTheBytes() throws Exception {
        Path file = dir.resolve("slips.bin");
        assertThat(printer("file:" + file).print(paid, "브루라인 카페", SEOUL, true)).isEqualTo(SlipPrinter.Outcome.PRINTED);
        EscPosDecoder slip = EscPosDecoder.decode(Files.readAllBytes(file), EUC_KR);
        assertThat(slip.lines.stream().map(EscPosDecoder.Line::text)).contains("취소 코드 4821");
    }

    @Test
    void badTargetsAreNamed() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SlipPrinter.PrinterSettings.of("tcp://printer:abc", null, 42, 1000, null));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SlipPrinter.PrinterSettings.of("none", "NOT-A-CHARSET", 42, 1000, null));
        assertThat(PrinterTarget.parse("tcp://10.0.0.5")).isEqualTo(new PrinterTarget.Network("10.0.0.5", 9100));
    }
}
