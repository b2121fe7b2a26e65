package com.brewline.display;

/**
 * Korean particles chosen by the word they follow, so that no text says "을(를)": 을/를, 이/가,
 * 은/는 by whether the word's last syllable ends in a consonant, (으)로 also by whether that
 * consonant is ㄹ. Digits are read as Sino-Korean numbers (1 일, 3 삼, 6 육 ...); a word ending in
 * a Latin letter (a menu name like "HOT") by how Koreans say the letter; anything else as a vowel.
 * With an {@link I18n}, {@link #object} and the others give the word with its particle in Korean
 * and the word alone in English, so bundles write "{0} 골라 주세요", never "{0}을(를)".
 */
public final class KoreanParticles {
    public enum Particle {
        OBJECT("을", "를"), SUBJECT("이", "가"), TOPIC("은", "는"), DIRECTION("으로", "로");

        private final String afterConsonant;
        private final String afterVowel;

        Particle(String afterConsonant, String afterVowel) {
            this.afterConsonant = afterConsonant;
            this.afterVowel = afterVowel;
        }
    }

    /** Final consonant index of ㄹ among the 28 final-consonant slots of a Hangul syllable. */
    private static final int RIEUL = 8;
    private static final int NONE = 0;
    private static final int OTHER = -1;

    private KoreanParticles() {
    }

    /** "온도를" in Korean, "temperature" unchanged in English. */
    public static String object(I18n i18n, String word) {
        return i18n.korean() ? attach(word, Particle.OBJECT) : word;
    }

    /** "우유가" in Korean, the word itself in English. */
    public static String subject(I18n i18n, String word) {
        return i18n.korean() ? attach(word, Particle.SUBJECT) : word;
    }

    /** "주문은" in Korean, the word itself in English. */
    public static String topic(I18n i18n, String word) {
        return i18n.korean() ? attach(word, Particle.TOPIC) : word;
    }

    /** "우유로", "컵으로" in Korean, the word itself in English. */
    public static String direction(I18n i18n, String word) {
        return i18n.korean() ? attach(word, Particle.DIRECTION) : word;
    }

    /** The word followed by its particle, e.g. ("온도", OBJECT) → "온도를", ("우유", DIRECTION) → "우유로". */
    public static String attach(String word, Particle particle) {
        int fin = finalConsonant(word);
        boolean consonant = fin != NONE && !(particle == Particle.DIRECTION && fin == RIEUL);
        return word + (consonant ? particle.afterConsonant : particle.afterVowel);
    }

    /** 0: the word ends in a vowel; {@link #RIEUL}; another positive number or -1: another consonant. */
    private static int finalConsonant(String word) {
        for (int i = word.length() - 1; i >= 0; i--) {
            char c = word.charAt(i);
            if (c >= 0xAC00 && c <= 0xD7A3) {
                return (c - 0xAC00) % 28;
            }
            if (c >= '0' && c <= '9') {
                return switch (c) {
                    case '1', '7', '8' -> RIEUL; // 일, 칠, 팔
                    case '0', '3', '6' -> OTHER; // 영, 삼, 육
                    default -> NONE;              // 이, 사, 오, 구
                };
            }
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                return switch (Character.toLowerCase(c)) {
                    case 'l', 'r' -> RIEUL;                    // 엘, 알
                    case 'm', 'n' -> OTHER;                     // 엠, 엔
                    case 'a', 'e', 'i', 'o', 'u', 'y', 'w' -> NONE;
                    default -> word.length() > 1 && Character.isLetter(word.charAt(Math.max(0, i - 1)))
                            ? OTHER : NONE;                      // "HOT" 핫; a lone "B" 비
                };
            }
            if (Character.isLetterOrDigit(c)) {
                return NONE;
            }
            // closing brackets, quotes, spaces: look at what they close
        }
        return NONE;
    }
}
