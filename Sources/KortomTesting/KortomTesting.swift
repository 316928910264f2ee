import KortomKit
