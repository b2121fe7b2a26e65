package com.brewline.model;

public enum DiningOption {
    DINE_IN,
    TAKEOUT
}
