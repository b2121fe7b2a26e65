package com.brewline.display;

import java.util.Locale;
import org.junit.jupiter.api.Test;

import static com.brewline.display.KoreanParticles.Particle.DIRECTION;
import static com.brewline.display.KoreanParticles.Particle.OBJECT;
import static com.brewline.display.KoreanParticles.Particle.SUBJECT;
import static com.brewline.display.KoreanParticles.Particle.TOPIC;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 9: "을(를)" is not Korean; the particle follows the last sound of the word. */
class KoreanParticlesTest {
    @Test
    void particlesFollowTheFinalConsonant() {
        assertEquals("온도를", KoreanParticles.attach("온도", OBJECT));
        assertEquals("우유 선택을", KoreanParticles.attach("우유 선택", OBJECT));
        assertEquals("사이즈가", KoreanParticles.attach("사이즈", SUBJECT));
        assertEquals("샷 추가가", KoreanParticles.attach("샷 추가", SUBJECT));
        assertEquals("주문은", KoreanParticles.attach("주문", TOPIC));
        assertEquals("커피는", KoreanParticles.attach("커피", TOPIC));
        assertEquals("9,000원을", KoreanParticles.attach("9,000원", OBJECT));
    }

    @Test
    void withRieulTheDirectionParticleIsRo() {
        assertEquals("우유로", KoreanParticles.attach("우유", DIRECTION));
        assertEquals("컵으로", KoreanParticles.attach("컵", DIRECTION));
        assertEquals("물로", KoreanParticles.attach("물", DIRECTION));
        assertEquals("오트 밀크로", KoreanParticles.attach("오트 밀크", DIRECTION));
    }

    @Test
    void digitsAndLatinLettersAreReadAsKoreansSayThem() {
        assertEquals("2를", KoreanParticles.attach("2", OBJECT));   // 이
        assertEquals("3을", KoreanParticles.attach("3", OBJECT));   // 삼
        assertEquals("1로", KoreanParticles.attach("1", DIRECTION)); // 일
        assertEquals("6으로", KoreanParticles.attach("6", DIRECTION)); // 육
        assertEquals("HOT을", KoreanParticles.attach("HOT", OBJECT));
        assertEquals("Latte를", KoreanParticles.attach("Latte", OBJECT));
        assertEquals("(라지)를", KoreanParticles.attach("(라지)", OBJECT));
    }

    @Test
    void englishTakesTheWordAsItIs() {
        I18n english = new I18n("com.brewline.display.test-messages", Locale.ENGLISH);
        assertEquals("Size", KoreanParticles.object(english, "Size"));
        english.setLocale(Locale.KOREAN);
        assertEquals("사이즈를", KoreanParticles.object(english, "사이즈"));
    }
}
